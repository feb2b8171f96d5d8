"""Every guide is tested as code: its examples run, its codemod fixes, its test passes."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bugstack.guides import (
    Guide,
    load_guides,
    match_traceback,
    parse_traceback,
    site_from_traceback,
)
from bugstack.guides.declared import runtime_source

GUIDES = load_guides()

#: Runs an example "as deployed": the distributions its project does not declare are not
#: installed, as on a server built from the requirement files alone.
_DEPLOYED = runtime_source() + """
import runpy
hide_undeclared(sys.argv[2:], Path.cwd())
runpy.run_path(sys.argv[1], run_name="__main__")
"""


def _python(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _third_party_imports(source: str, folder: Path) -> list[str]:
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return sorted(n for n in names if n not in sys.stdlib_module_names
                  and not (folder / f"{n}.py").exists())


def _set_up(guide: Guide, folder: Path, name: str, *, fixed: bool) -> None:
    """The example (as ``name``) and its project's other files, before or after the fix."""
    (folder / name).write_text(guide.fixed if fixed else guide.broken, encoding="utf-8")
    for rel, text in guide.project_files(fixed=fixed).items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")


def _run_example(guide: Guide, name: str, folder: Path) -> subprocess.CompletedProcess[str]:
    if not guide.project_files():
        return _python([name], folder)
    source = (folder / name).read_text(encoding="utf-8")
    return _python(["-c", _DEPLOYED, name, *_third_party_imports(source, folder)], folder)


def _last_exception_type(stderr: str) -> str:
    event = parse_traceback(stderr)
    assert event is not None and event.primary is not None, stderr
    return event.primary.type


def test_the_library_has_at_least_thirty_guides() -> None:
    assert len(GUIDES) >= 30
    assert len({g.id for g in GUIDES}) == len(GUIDES)


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
def test_broken_example_raises_and_the_codemod_turns_it_into_the_fixed_one(
    guide: Guide, tmp_path: Path
) -> None:
    _set_up(guide, tmp_path, "broken.py", fixed=False)
    run = _run_example(guide, "broken.py", tmp_path)
    assert run.returncode != 0, "the broken example must raise"
    assert _last_exception_type(run.stderr) == guide.exception_type.rsplit(".", 1)[-1]

    site = site_from_traceback(run.stderr, tmp_path)
    assert site is not None, run.stderr
    assert guide.recognises_exception(site.exception), run.stderr
    assert guide.matches(site)
    assert guide.fix(site) == guide.example_fix
    assert guide.example_fix, "the recipe must change something"
    # The same traceback pasted by a person finds the guide. With the code at hand it
    # finds this guide alone: no other recipe claims an error it cannot fix.
    assert match_traceback(run.stderr, tmp_path) == [guide]
    assert guide in match_traceback(run.stderr)


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
def test_fixed_example_runs_cleanly(guide: Guide, tmp_path: Path) -> None:
    _set_up(guide, tmp_path, "fixed.py", fixed=True)
    run = _run_example(guide, "fixed.py", tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
def test_the_guides_own_test_passes_on_fixed_and_fails_on_broken(
    guide: Guide, tmp_path: Path
) -> None:
    (tmp_path / "test_fixed.py").write_text(guide.test_source, encoding="utf-8")
    pytest_args = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "test_fixed.py"]
    _set_up(guide, tmp_path, "fixed.py", fixed=True)
    passed = _python(pytest_args, tmp_path)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    # Against the broken code the same test must fail, or it would not test the fix.
    _set_up(guide, tmp_path, "fixed.py", fixed=False)
    failed = _python(pytest_args, tmp_path)
    assert failed.returncode == 1, failed.stdout + failed.stderr


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
def test_the_codemod_leaves_unrelated_code_untouched(guide: Guide) -> None:
    unrelated = guide.example("unrelated.py")
    compile(unrelated, "unrelated.py", "exec")
    assert guide.rewrite(unrelated, None) is None
    for line in range(1, unrelated.count("\n") + 2):
        assert guide.rewrite(unrelated, line) is None, f"changed code at line {line}"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
def test_the_stack_trace_section_shows_the_error_the_example_raises(guide: Guide) -> None:
    section = guide.sections["Reading the stack trace"]
    block = re.search(r"```pytb\n(.*?)```", section, re.S)
    assert block is not None, "the section must quote a traceback in a ```pytb block"
    assert _last_exception_type(block.group(1)) == guide.exception_type.rsplit(".", 1)[-1]
