from pathlib import Path

import pytest

from deploykit import load_target
from deploykit.releases import releases_to_prune

INI = """\
[staging]
host = app1.staging.internal
password = h7Gq2mWz9Lp
releases_to_keep = 3

[production]
host = app1.prod.internal
port = 2222
user = release
password = Vb4!tR8#kQ2x
"""


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    path = tmp_path / "deploy.ini"
    path.write_text(INI, encoding="utf-8")
    return path


def test_defaults(ini: Path) -> None:
    target = load_target(ini, "staging")
    assert (target.host, target.port, target.user) == ("app1.staging.internal", 22, "deploy")
    assert target.password == "h7Gq2mWz9Lp"
    assert target.releases_to_keep == 3


def test_everything_given(ini: Path) -> None:
    target = load_target(ini, "production")
    assert (target.port, target.user, target.password) == (2222, "release", "Vb4!tR8#kQ2x")
    assert target.releases_to_keep == 5


def test_unknown_environment(ini: Path) -> None:
    with pytest.raises(LookupError):
        load_target(ini, "qa")


def test_prune_keeps_newest(ini: Path) -> None:
    target = load_target(ini, "staging")
    names = ["20250301120000", "20250101120000", "20250401120000", "20250201120000", "20250501120000"]
    assert releases_to_prune(target, names) == ["20250101120000", "20250201120000"]
