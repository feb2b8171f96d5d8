"""Pages due for a content review. ``python -m seocheck.stale SITEMAP.xml TODAY``

A page is stale when it was last modified more than MAX_AGE_DAYS before TODAY, or when
the sitemap does not say when it was modified: a page nobody can date gets reviewed.
Stale pages are printed oldest first, undated ones before all dated ones, then by URL.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from seocheck.sitemap import Page, read_sitemap

MAX_AGE_DAYS = 365


def stale_pages(pages: list[Page], today: date) -> list[Page]:
    old = [p for p in pages if (today - p.last_modified).days > MAX_AGE_DAYS]
    return sorted(old, key=lambda p: (p.last_modified, p.url))


def main(argv: list[str]) -> int:
    pages = read_sitemap(Path(argv[0]).read_text(encoding="utf-8"))
    for page in stale_pages(pages, date.fromisoformat(argv[1])):
        print(page.url)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
