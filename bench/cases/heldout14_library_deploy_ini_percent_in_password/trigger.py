"""The deploy job reads production's settings after the vault rotated the password."""

import tempfile
from pathlib import Path

from deploykit import load_target

ini = Path(tempfile.mkdtemp()) / "deploy.ini"
ini.write_text(
    "[production]\nhost = app1.prod.internal\nuser = release\npassword = Xq7%vLp2!r$9\n",
    encoding="utf-8",
)
load_target(ini, "production")
