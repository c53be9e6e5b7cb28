"""What kind of place a name is: a country, a country's first-level part (a state, a province), or
another (a city, a village, a district).

Two sources of one fact that place it in a city and in a country ("in Sydney" / "in Australia") may
both be right, the city being in the country; brief cannot tell without a map, so it compares only
places of one kind ("in Kabul" / "in Kandahar"). The names are ISO 3166's, as the pycountry package
ships them (a dependency of sumy, which brief already needs), with the short names news uses
("Russia", "Britain"); they are read once, the first time two places are compared.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_COUNTRIES = frozenset({"russia", "britain", "great britain", "england", "scotland", "wales", "america", "holland",
                        "burma", "congo", "iran", "syria", "vietnam", "laos", "bolivia", "venezuela", "tanzania",
                        "korea", "north korea", "south korea", "taiwan", "palestine", "kosovo", "vatican",
                        "ivory coast", "czech republic", "macedonia", "moldova", "u s", "us", "uk", "u k"})


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """The names of the world's countries and of their first-level parts, in ASCII and lower case."""
    import pycountry

    countries = {_ascii(getattr(c, field)) for c in pycountry.countries
                 for field in ("name", "common_name", "official_name") if hasattr(c, field)}
    parts = {_ascii(p.name) for p in pycountry.subdivisions}
    return frozenset(countries | _COUNTRIES), frozenset(parts - countries)


def kind(name: str) -> str:
    """"country", "part" (a state or province) or "other" (a city, a village, or a name brief does not know)."""
    countries, parts = _gazetteer()
    name = re.sub(r"^the ", "", _ascii(re.sub(r"['’]s?$", "", name.strip())).replace(".", " ").strip())
    return "country" if name in countries else "part" if name in parts else "other"
