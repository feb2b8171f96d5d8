import re
from pathlib import Path

import yaml

from reports.nightly import export

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> dict[str, str]:
    found = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*)", line)
        if match and not line.lstrip().startswith(("#", "-")):
            found[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(2).strip()
    return found


def test_pyyaml_is_declared_and_pinned_like_its_neighbour() -> None:
    declared = _declared()
    assert "pyyaml" in declared  # the distribution, not the import name "yaml"
    assert declared["pyyaml"].startswith("==")
    assert declared["python-dateutil"] == "==2.9.0.post0"


def test_the_export_is_unchanged() -> None:
    text = export([{"id": "A-1", "placed_at": "2026-11-24T18:05:00+00:00", "skus": "MUG"}])
    assert yaml.safe_load(text) == {"orders": [{"order": "A-1", "day": "2026-11-24", "skus": ["MUG"]}]}
