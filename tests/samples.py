"""Hand-written articles, pages and feeds the input tests share."""

from __future__ import annotations

from html import escape
from pathlib import Path

BRIDGE = [
    "The harbour bridge reopened to traffic on Tuesday after eight months of repairs that cost the city "
    "more than forty million dollars.",
    "Engineers replaced the corroded steel cables and resurfaced the main deck, the transport department "
    "said in a statement.",
    "Commuters had faced long detours since the bridge was closed last July, when inspectors found cracks "
    "in two of its supports.",
    "The mayor said the work had been finished two weeks ahead of schedule and thanked residents for "
    "their patience.",
]
FLOOD = [
    "Heavy rain flooded the lower town on Sunday night, forcing two hundred families to leave their homes.",
    "The river rose almost three metres in six hours, the highest level recorded since the floods of 1998.",
    "Volunteers filled sandbags through the night while firefighters pumped water from the main square.",
    "The regional government said it would ask for emergency funds to repair the damaged roads and bridges.",
]
# Other reports of the bridge and the flood, and a teachers' strike told twice: the stories tests' mixes.
BRIDGE_AGAIN = [
    "Traffic returned to the harbour bridge on Tuesday, eight months after the city closed it for repairs "
    "costing forty million dollars.",
    "Crews fitted new steel cables to replace corroded ones and laid a fresh surface on the deck, according "
    "to the transport department.",
    "Inspectors had shut the bridge last July after finding cracks in two supports, sending commuters on "
    "long detours.",
]
FLOOD_AGAIN = [
    "Two hundred families left their homes in the lower town after heavy rain on Sunday night, as the river "
    "rose almost three metres.",
    "Firefighters pumped water out of the main square and volunteers filled sandbags until morning.",
    "The regional government plans to request emergency funds for roads and bridges the floods damaged.",
]
STRIKE = [
    "Teachers across the province walked out of their classrooms on Monday in a strike over pay and class sizes.",
    "The teachers' union said more than nine thousand members joined the strike, closing four hundred schools.",
    "The education minister called the walkout irresponsible and offered to resume talks with the union.",
]
STRIKE_AGAIN = [
    "Four hundred schools stayed closed on Monday as striking teachers demanded better pay and smaller classes.",
    "Union leaders said nine thousand teachers took part in the strike, the first in the province for a decade.",
    "The minister of education described the strike as irresponsible but said talks with the union could resume.",
]
BOILERPLATE = ("We use cookies to improve your experience", "Accept all cookies", "Subscribe to our newsletter",
               "All rights reserved", "Privacy policy")


def page(title: str, paragraphs: list[str], site: str = "The Coast Herald", date: str = "2024-03-05",
         url: str = "https://herald.example/news/bridge") -> str:
    """A realistic article page: metadata, navigation, cookie banner, article, footer."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | {escape(site)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(site)}">
<meta property="og:url" content="{escape(url)}">
<meta property="article:published_time" content="{date}T09:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience.</p>
<button>Accept all cookies</button></div>
<article><h1>{escape(title)}</h1>
{body}
</article>
<aside class="newsletter"><p>Subscribe to our newsletter</p></aside>
<footer><p>© 2024 {escape(site)}. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def rss(entries: list[tuple[str, str, str]], title: str = "Coast Herald") -> str:
    """An RSS 2.0 feed; each entry is (title, link, HTML description)."""
    items = "\n".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
        f"<pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate><description>{escape(d)}</description></item>"
        for t, link, d in entries)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{escape(title)}</title><link>https://herald.example/</link>
{items}
</channel></rss>
"""


def text_article(title: str, paragraphs: list[str]) -> str:
    """An article as copied text: a headline, then paragraphs."""
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


BRIDGE_THIRD = [
    "Drivers crossed the harbour bridge again on Tuesday as it reopened after repairs that took eight months.",
    "The transport department said the corroded cables had been replaced and the deck resurfaced at a cost "
    "of forty million dollars.",
    "Cracks found in two supports last July had forced the city to close the bridge to all traffic.",
]
ARTICLES = [  # interleaved, as a folder of the day's news would be
    ("bridge-herald.txt", "Harbour bridge reopens", BRIDGE),
    ("flood-herald.txt", "Floods force families from homes", FLOOD),
    ("strike-herald.txt", "Teachers strike over pay", STRIKE),
    ("bridge-gazette.txt", "Bridge back in use after repairs", BRIDGE_AGAIN),
    ("flood-gazette.txt", "Families flee rising river", FLOOD_AGAIN),
    ("strike-gazette.txt", "Schools closed as teachers strike", STRIKE_AGAIN),
    ("bridge-courier.txt", "Drivers return to harbour bridge", BRIDGE_THIRD),
]


def write_stories(folder: Path) -> list[str]:
    """``ARTICLES`` as text files in ``folder``, in their order: three stories, interleaved."""
    paths = []
    for name, title, paragraphs in ARTICLES:
        (folder / name).write_text(text_article(title, paragraphs), encoding="utf-8")
        paths.append(str(folder / name))
    return paths
