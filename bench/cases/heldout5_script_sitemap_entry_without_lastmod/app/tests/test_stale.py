from datetime import date
from pathlib import Path

from seocheck.sitemap import Page, read_sitemap
from seocheck.stale import main

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://example.com/</loc><lastmod>2026-10-01</lastmod></url>
  <url><loc>https://example.com/pricing</loc><lastmod>2024-05-02T10:00:00+00:00</lastmod></url>
  <url><loc>https://example.com/about</loc><lastmod>2023-01-15</lastmod></url>
</urlset>
"""


def test_read_sitemap() -> None:
    assert read_sitemap(SITEMAP)[1] == Page("https://example.com/pricing", date(2024, 5, 2))


def test_stale(tmp_path: Path, capsys) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text(SITEMAP, encoding="utf-8")
    assert main([str(path), "2026-11-25"]) == 0
    assert capsys.readouterr().out.splitlines() == ["https://example.com/about", "https://example.com/pricing"]
