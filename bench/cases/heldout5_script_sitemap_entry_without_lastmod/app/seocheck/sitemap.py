"""Reading a sitemap.xml (sitemaps.org protocol 0.9)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@dataclass(frozen=True)
class Page:
    """One <url> entry. ``last_modified`` is None when the entry has no <lastmod>, which
    the protocol makes optional (only <loc> is required)."""

    url: str
    last_modified: date | None


def read_sitemap(xml_text: str) -> list[Page]:
    root = ET.fromstring(xml_text)
    pages = []
    for entry in root.findall("sm:url", NS):
        url = entry.find("sm:loc", NS).text.strip()
        lastmod = entry.find("sm:lastmod", NS).text.strip()
        # <lastmod> is W3C Datetime: a date, or a date with a time; the date is enough here.
        pages.append(Page(url, date.fromisoformat(lastmod[:10])))
    return pages
