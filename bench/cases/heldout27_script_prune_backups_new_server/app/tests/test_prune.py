from pathlib import Path

import pytest

from ops.prune_backups import main, prune


def make_dumps(directory: Path, days: range) -> list[str]:
    names = [f"db-202503{day:02d}-0230.sql.gz" for day in days]
    for name in names:
        (directory / name).write_bytes(b"\x1f\x8b")
    return names


def test_keeps_the_newest_seven(tmp_path: Path) -> None:
    names = make_dumps(tmp_path, range(1, 10))
    (tmp_path / "README").write_text("dumps from the nightly job")
    deleted = prune(tmp_path)
    assert [p.name for p in deleted] == names[:2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README", *names[2:]]


def test_main_with_keep(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = make_dumps(tmp_path, range(10, 15))
    assert main([str(tmp_path), "--keep", "2"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == names[3:]
    assert capsys.readouterr().out.splitlines()[-1] == "3 dump(s) deleted, 2 kept"


def test_keep_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main([str(tmp_path), "--keep", "0"])
