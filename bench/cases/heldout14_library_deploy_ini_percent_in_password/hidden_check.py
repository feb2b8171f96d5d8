from pathlib import Path

import pytest

from deploykit import load_target

INI = """\
[production]
host = app1.prod.internal
user = release
password = Xq7%vLp2!r$9
releases_to_keep = 4

[staging]
host = app1.staging.internal
password = 100%%sure%(host)s
"""


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    path = tmp_path / "deploy.ini"
    path.write_text(INI, encoding="utf-8")
    return path


def test_password_with_percent_is_read_verbatim(ini: Path) -> None:
    target = load_target(ini, "production")
    assert target.password == "Xq7%vLp2!r$9"
    assert (target.host, target.port, target.user, target.releases_to_keep) == (
        "app1.prod.internal",
        22,
        "release",
        4,
    )


def test_nothing_is_interpolated(ini: Path) -> None:
    target = load_target(ini, "staging")
    assert target.password == "100%%sure%(host)s"
    assert target.user == "deploy"
