"""The weekly report runs over a log that a port scanner has also visited."""

import runpy
import sys
import tempfile
from pathlib import Path

log = Path(tempfile.mkdtemp()) / "access.log"
log.write_text(
    '203.0.113.7 - - [25/Nov/2026:10:00:01 +0000] "GET /pricing HTTP/1.1" 200 512 "-" "Mozilla/5.0"\n'
    '198.51.100.4 - - [25/Nov/2026:10:00:02 +0000] "-" 400 0 "-" "-"\n'
    '203.0.113.9 - - [25/Nov/2026:10:00:03 +0000] "POST /signup HTTP/2.0" 302 0 "-" "Mozilla/5.0"\n',
    encoding="utf-8",
)
sys.argv = ["top_paths", str(log)]
runpy.run_module("logstats.top_paths", run_name="__main__", alter_sys=True)
