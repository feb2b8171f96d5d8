from datetime import date
from pathlib import Path

from snapshots.daily import main, prune, snapshot


def make_source(tmp_path: Path) -> Path:
    source = tmp_path / "uploads"
    (source / "avatars").mkdir(parents=True)
    (source / "avatars" / "7.png").write_bytes(b"png")
    (source / "terms.pdf").write_bytes(b"pdf")
    return source


def test_snapshot_copies_the_tree(tmp_path: Path) -> None:
    target = snapshot(make_source(tmp_path), tmp_path / "backups", date(2026, 3, 7))
    assert target == tmp_path / "backups" / "2026-03-07"
    assert (target / "avatars" / "7.png").read_bytes() == b"png"


def test_prune_keeps_the_most_recent(tmp_path: Path) -> None:
    for day in ("2026-03-01", "2026-03-02", "2026-03-03"):
        (tmp_path / day).mkdir()
    assert prune(tmp_path, keep=2) == [tmp_path / "2026-03-01"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2026-03-02", "2026-03-03"]


def test_main(tmp_path: Path) -> None:
    assert main([str(make_source(tmp_path)), str(tmp_path / "backups")]) == 0
    assert (tmp_path / "backups" / date.today().isoformat() / "terms.pdf").exists()
