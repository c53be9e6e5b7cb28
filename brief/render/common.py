"""Small pieces every text renderer shares: citation markers and source lines."""

from __future__ import annotations

from brief.english import counted
from brief.model import Briefing, Point, Source
from brief.render.differences import difference_lines, marker_note
from brief.safety import one_line

NOTABLE_SHARE = 0.5  # a source repeating at least this share of its sentences from another is pointed out


def header(briefing: Briefing) -> str:
    """``2 sources · 6 points · multidoc``; ``10 sources, 7 independent reports · ...`` when some are versions of
    one report or stories of one outlet; ``up to 7`` when that is only as far as the texts tell (``reports_known``)."""
    sources, points = counted(len(briefing.sources), "source"), counted(len(briefing.points), "point")
    reports = briefing.reports(tuple(s.id for s in briefing.sources))
    if len(reports) < len(briefing.sources):
        bound = "" if reports_known(briefing, reports) else "up to "
        sources += f", {bound}{counted(len(reports), 'independent report')}"
    return f"{sources} · {points} · {briefing.algorithm}"


def reports_known(briefing: Briefing, reports: tuple[tuple[int, ...], ...]) -> bool:
    """Whether ``reports`` (groups of source ids) are as many independent reports as they are groups, not only at
    most as many: one report, or every report's outlet named (a dateline's agency, a newsroom's line, a site's
    name). brief makes one report of the stories of one outlet it can name; two stories whose texts name no outlet
    may still be one paper's, so their count is an upper bound ("up to 9 independent reports")."""
    return len(reports) < 2 or all(any(briefing.source(k).outlet for k in group) for group in reports)


def marker(groups: tuple[tuple[int, ...], ...]) -> str:
    """Footnote marker such as ``[1]``, ``[1, 2]``, or ``[1+2, 5]`` where 1 and 2 are versions of one report."""
    return "[" + ", ".join("+".join(map(str, group)) for group in groups) + "]"


def citation(point: Point, briefing: Briefing) -> str:
    """``[1, 2]`` for a point two independent reports state, ``[1+2]`` for one report in two versions;
    ``only in [2]`` when brief can tell no other source does.

    A point of one source whose fact brief cannot rule out elsewhere is just ``[2]``. Sources that state
    the fact with other values follow: ``[2] · differs: [1]`` (``brief.render.differences``).
    """
    groups = briefing.point_reports(point)
    if point.only_in is not None and len(briefing.sources) > 1:
        return f"only in {marker(groups)}"
    return marker(groups) + marker_note(point, briefing)


def lines_under(point: Point, briefing: Briefing) -> list[str]:
    """What every renderer prints under a point: ``who: Syria's Deputy Foreign Minister Faisal Mekdad [1]``
    for a surname it names alone, in the words of the source that introduces them (``brief.glosses``), and
    ``what: State Environmental Protection Administration (SEPA) [5]`` for an acronym, then where its
    sources differ (``brief.render.differences``)."""
    glosses = [f"{g.kind}: {one_line(g.text)} [{g.source_id}]" for g in point.glosses]
    return [*glosses, *difference_lines(point, briefing)]


def reports_note(briefing: Briefing, source: Source) -> str | None:
    """``same report as [3, 7]`` for a source that is a version of one report with others, else None."""
    others = [k for k in briefing.versions.get(source.id, ()) if k != source.id]
    return f"same report as [{', '.join(map(str, others))}]" if others else None


def why_line(point: Point) -> str:
    """The named scores behind a point, for ``--explain``."""
    parts = [f"{name} {value:g}" if float(value).is_integer() else f"{name} {value:.3f}" for name, value in point.why]
    parts.append(f"cited by {len(point.source_ids)}")
    return "why: " + " · ".join(parts)


def source_details(source: Source) -> str:
    """``path · outlet · date``, leaving out what is unknown."""
    return " · ".join(one_line(x) for x in (source.path, source.outlet, source.date) if x)


def shares_note(source: Source) -> str | None:
    """``shares 83% of its sentences with [1]`` for a source that largely repeats others, else None."""
    notable = [(other, share) for other, share in source.shares if share >= NOTABLE_SHARE]
    if not notable:
        return None
    (first_id, first_share), rest = notable[0], notable[1:]
    note = f"shares {_percent(first_share)} of its sentences with [{first_id}]"
    return note + "".join(f", {_percent(share)} with [{other}]" for other, share in rest)


def _percent(share: float) -> str:
    """Whole percent, rounded down: 100% only when every sentence is shared."""
    return f"{int(share * 100 + 1e-9)}%"
