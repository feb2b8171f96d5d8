"""``bugstack guides``, run as the installed command in a process of its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bugstack.guides import SECTIONS, guide_by_id, load_guides

BUGSTACK = str(Path(sys.executable).with_name("bugstack"))


def _bugstack(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [BUGSTACK, "guides", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _traceback_of_broken_example(guide_id: str, where: Path) -> str:
    guide = guide_by_id(guide_id)
    assert guide is not None
    (where / "broken.py").write_text(guide.broken, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "broken.py"], cwd=where, capture_output=True, text=True, check=False
    )
    assert run.returncode != 0
    return run.stderr


def test_list_names_every_guide_with_its_safety() -> None:
    run = _bugstack("list", "--json")
    assert run.returncode == 0, run.stderr
    listed = json.loads(run.stdout)
    assert [g["id"] for g in listed] == [g.id for g in load_guides()]
    lifespan = next(g for g in listed if g["id"] == "fastapi-on-event-lifespan")
    assert lifespan == {
        "id": "fastapi-on-event-lifespan",
        "title": lifespan["title"],
        "exception": "RuntimeError",
        "frameworks": ["fastapi", "starlette"],
        "safe": False,
    }
    plain = _bugstack("list")
    assert len(plain.stdout.splitlines()) == len(listed)


def test_show_prints_the_sections_in_order_and_the_examples() -> None:
    guide = guide_by_id("dict-changed-size-during-iteration")
    assert guide is not None
    run = _bugstack("show", guide.id)
    assert run.returncode == 0, run.stderr
    positions = [run.stdout.index(f"## {title}") for title in SECTIONS]
    assert positions == sorted(positions)
    assert guide.fixed.strip() in run.stdout
    assert "# mypy:" not in run.stdout


def test_show_of_an_unknown_guide_is_an_error() -> None:
    run = _bugstack("show", "no-such-guide")
    assert run.returncode == 2
    assert "no guide 'no-such-guide'" in run.stderr


def test_match_names_the_guide_for_a_pasted_traceback(tmp_path: Path) -> None:
    traceback = _traceback_of_broken_example("str-int-concatenation", tmp_path)
    pasted = tmp_path / "pasted.txt"
    pasted.write_text("Some log line before\n" + traceback, encoding="utf-8")
    run = _bugstack("match", str(pasted))
    assert run.returncode == 0, run.stderr
    assert run.stdout.split()[0] == "str-int-concatenation"
    # With the app's code at hand the codemod confirms it; from stdin as well.
    with_code = _bugstack("match", "-", "--repo", str(tmp_path), "--json", stdin=traceback)
    assert [g["id"] for g in json.loads(with_code.stdout)["guides"]] == ["str-int-concatenation"]


def test_match_says_when_no_guide_fits(tmp_path: Path) -> None:
    pasted = tmp_path / "tb.txt"
    pasted.write_text(
        'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n'
        "    connect()\nConnectionRefusedError: [Errno 111] Connection refused\n",
        encoding="utf-8",
    )
    run = _bugstack("match", str(pasted))
    assert run.returncode == 1
    assert "No guide fits" in run.stdout


def test_match_rejects_input_without_a_traceback(tmp_path: Path) -> None:
    pasted = tmp_path / "notes.txt"
    pasted.write_text("the app is slow today\n", encoding="utf-8")
    assert _bugstack("match", str(pasted)).returncode == 2
    assert _bugstack("match", str(tmp_path / "missing.txt")).returncode == 2
