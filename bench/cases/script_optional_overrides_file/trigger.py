"""The report runs for a customer who never customised it."""

import runpy
import sys
import tempfile

sys.argv = ["report.main", tempfile.mkdtemp()]
runpy.run_module("report.main", run_name="__main__", alter_sys=True)
