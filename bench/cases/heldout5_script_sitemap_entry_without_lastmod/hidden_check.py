from datetime import date
from pathlib import Path

from seocheck.sitemap import Page, read_sitemap
from seocheck.stale import main, stale_pages

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://example.com/</loc><lastmod>2026-10-01</lastmod></url>
  <url><loc>https://example.com/legal/imprint</loc></url>
  <url><loc>https://example.com/about</loc><lastmod>2023-01-15</lastmod></url>
  <url><loc>https://example.com/contact</loc></url>
</urlset>
"""


def test_entry_without_lastmod_is_undated() -> None:
    pages = read_sitemap(SITEMAP)
    assert len(pages) == 4
    assert pages[1] == Page("https://example.com/legal/imprint", None)


def test_undated_pages_are_stale_and_listed_first(tmp_path: Path, capsys) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text(SITEMAP, encoding="utf-8")
    assert main([str(path), "2026-11-25"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "https://example.com/contact",
        "https://example.com/legal/imprint",
        "https://example.com/about",
    ]


def test_dated_pages_unchanged() -> None:
    pages = [Page("https://example.com/b", date(2020, 1, 1)), Page("https://example.com/a", date(2026, 11, 1))]
    assert stale_pages(pages, date(2026, 11, 25)) == [Page("https://example.com/b", date(2020, 1, 1))]
