from pathlib import Path

import pytest

from ops.prune_backups import main, prune


def make_dumps(directory: Path, days: range) -> list[str]:
    names = [f"db-202503{day:02d}-0230.sql.gz" for day in days]
    for name in names:
        (directory / name).write_bytes(b"\x1f\x8b")
    return names


def test_a_new_host_with_few_dumps_keeps_them_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = make_dumps(tmp_path, range(11, 14))
    assert main([str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == names
    assert capsys.readouterr().out.splitlines()[-1] == "0 dump(s) deleted, 3 kept"


def test_empty_and_exactly_keep(tmp_path: Path) -> None:
    assert prune(tmp_path) == []
    names = make_dumps(tmp_path, range(1, 8))
    assert prune(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == names
    make_dumps(tmp_path, range(8, 9))
    assert [p.name for p in prune(tmp_path)] == names[:1]
