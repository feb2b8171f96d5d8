from datetime import date
from pathlib import Path

from snapshots.daily import main


def files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def make_source(tmp_path: Path) -> Path:
    source = tmp_path / "uploads"
    (source / "avatars").mkdir(parents=True)
    (source / "avatars" / "7.png").write_bytes(b"png")
    (source / "terms.pdf").write_bytes(b"pdf")
    return source


def test_rerun_after_a_partial_run_completes_the_snapshot(tmp_path: Path) -> None:
    source = make_source(tmp_path)
    partial = tmp_path / "backups" / date.today().isoformat() / "avatars"
    partial.mkdir(parents=True)
    (partial / "7.png").write_bytes(b"pn")
    assert main([str(source), str(tmp_path / "backups")]) == 0
    assert files(tmp_path / "backups" / date.today().isoformat()) == {
        "avatars/7.png": b"png",
        "terms.pdf": b"pdf",
    }


def test_rerun_replaces_the_days_snapshot(tmp_path: Path) -> None:
    source = make_source(tmp_path)
    assert main([str(source), str(tmp_path / "backups")]) == 0
    (source / "terms.pdf").unlink()
    (source / "avatars" / "7.png").write_bytes(b"new png")
    (source / "avatars" / "8.png").write_bytes(b"eight")
    assert main([str(source), str(tmp_path / "backups")]) == 0
    assert files(tmp_path / "backups" / date.today().isoformat()) == {
        "avatars/7.png": b"new png",
        "avatars/8.png": b"eight",
    }


def test_other_days_untouched(tmp_path: Path) -> None:
    source = make_source(tmp_path)
    older = tmp_path / "backups" / "2020-01-01"
    older.mkdir(parents=True)
    (older / "old.txt").write_bytes(b"old")
    assert main([str(source), str(tmp_path / "backups")]) == 0
    assert main([str(source), str(tmp_path / "backups")]) == 0
    assert files(older) == {"old.txt": b"old"}
