"""Imports that need no declaration: the standard library, and optional extras probed first."""

import importlib.util
import json
from pathlib import Path


def yaml_available() -> bool:
    # An optional extra: looked up, never imported blindly, so nothing to declare.
    return importlib.util.find_spec("yaml") is not None


def settings(path: Path) -> dict[str, object]:
    return dict(json.loads(path.read_text()))
