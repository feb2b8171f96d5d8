"""The quarterly content review runs over the site's sitemap, which the CMS writes."""

import runpy
import sys
import tempfile
from pathlib import Path

path = Path(tempfile.mkdtemp()) / "sitemap.xml"
path.write_text(
    """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://example.com/</loc><lastmod>2026-10-01</lastmod></url>
  <url><loc>https://example.com/legal/imprint</loc></url>
  <url><loc>https://example.com/about</loc><lastmod>2023-01-15</lastmod></url>
</urlset>
""",
    encoding="utf-8",
)
sys.argv = ["stale", str(path), "2026-11-25"]
runpy.run_module("seocheck.stale", run_name="__main__", alter_sys=True)
