"""The nightly cron summarises a log in which one client sent a Latin-1 User-Agent."""

import runpy
import sys
import tempfile
from pathlib import Path

log = Path(tempfile.mkdtemp()) / "access.log"
log.write_bytes(
    b'10.0.0.1 - - [07/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512 "-" "curl/8.5"\n'
    b'10.0.0.4 - - [07/Mar/2026:10:00:03 +0000] "GET / HTTP/1.1" 200 512 "-" "Caf\xe9Bot/1.0"\n'
)
sys.argv = ["summary", str(log)]
runpy.run_module("logstats.summary", run_name="__main__", alter_sys=True)
