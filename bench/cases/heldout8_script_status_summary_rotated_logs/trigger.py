"""The weekly status report runs on a web box where logrotate has compressed older logs."""

import gzip
import runpy
import sys
import tempfile
from pathlib import Path

logs = Path(tempfile.mkdtemp())
line = '10.0.0.1 - - [07/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" {} 512 "-" "curl/8.5"\n'
(logs / "access.log").write_text(line.format(200), encoding="utf-8")
(logs / "access.log.1").write_text(line.format(200) + line.format(404), encoding="utf-8")
(logs / "access.log.2.gz").write_bytes(gzip.compress((line.format(500) * 3).encode("utf-8")))
sys.argv = ["summary", str(logs)]
runpy.run_module("logstats.summary", run_name="__main__", alter_sys=True)
