"""CI runs the review bot on a pull request that touches the docs, which one person owns."""

import json
import runpy
import sys
import tempfile
from pathlib import Path

repo = Path(tempfile.mkdtemp())
(repo / ".github").mkdir()
(repo / ".github" / "CODEOWNERS").write_text(
    "*          @acme/platform\nweb/       @acme/web\ndocs/      @dana\n", encoding="utf-8"
)
(repo / "teams.json").write_text(
    json.dumps({"@acme/platform": ["@ines", "@omar"], "@acme/web": ["@kai", "@lena"]}), encoding="utf-8"
)
(repo / "changed.txt").write_text("web/app.js\ndocs/getting-started.md\n", encoding="utf-8")

sys.argv = ["reviewbot.report", str(repo / "changed.txt"), "--root", str(repo)]
runpy.run_module("reviewbot.report", run_name="__main__")
