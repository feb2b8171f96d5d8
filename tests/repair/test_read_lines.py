"""An open file a call read line by line is rebuilt from the captured line, so a parser
given production's file handle can crash again in the sandbox; a handle read any other
way, or a line that was not captured, gets nothing."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from bugstack.repair.reproduce.read_lines import is_generator, read_lines_source
from tests.repair.apps import capture_event, make_repo, run_fix

HANDLE = "<_io.TextIOWrapper name='/srv/in/day.jsonl' mode='r' encoding='utf-8'>"


def _function(source: str) -> ast.FunctionDef:
    node = ast.parse(textwrap.dedent(source)).body[0]
    assert isinstance(node, ast.FunctionDef)
    return node


ENUMERATED = _function('''
    def read(lines):
        for number, line in enumerate(lines, start=1):
            yield number, json.loads(line)
''')


def test_the_captured_line_stands_for_the_file() -> None:
    assert read_lines_source(ENUMERATED, "lines", HANDLE, {"line": "'\\\\n'"}) == (
        "import io", "io.StringIO('\\\\n')")
    plain = _function('''
        def total(handle):
            count = 0
            for row in handle:
                count += int(row.split(",")[1])
            return count
    ''')
    assert read_lines_source(plain, "handle", HANDLE, {"row": "'a,\\\\n'"}) == (
        "import io", "io.StringIO('a,\\\\n')")
    binary = HANDLE.replace("mode='r' encoding='utf-8'", "mode='rb'").replace(
        "TextIOWrapper", "BufferedReader")
    assert read_lines_source(plain, "handle", binary, {"row": "b'\\\\xff\\\\n'"}) == (
        "import io", "io.BytesIO(b'\\\\xff\\\\n')")


def test_a_handle_read_otherwise_or_a_line_not_captured_gets_nothing() -> None:
    also_read = _function('''
        def read(lines):
            header = lines.readline()
            for line in lines:
                yield header, line
    ''')
    assert read_lines_source(also_read, "lines", HANDLE, {"line": "'x'"}) is None
    assert read_lines_source(ENUMERATED, "lines", HANDLE, {}) is None
    # Cut short by the SDK: the repr no longer parses.
    assert read_lines_source(ENUMERATED, "lines", HANDLE, {"line": "'{\"ts\": \"2026..."}) \
        is None
    # A text line for a binary handle, a handle opened for writing, a path: not this.
    binary = HANDLE.replace("mode='r'", "mode='rb'")
    assert read_lines_source(ENUMERATED, "lines", binary, {"line": "'x'"}) is None
    written = HANDLE.replace("mode='r'", "mode='w'")
    assert read_lines_source(ENUMERATED, "lines", written, {"line": "'x'"}) is None
    assert read_lines_source(ENUMERATED, "lines", "PosixPath('/srv/in/day.jsonl')",
                             {"line": "'x'"}) is None



MEMORY = "<_io.StringIO object at 0x7f888b51a680>"
READ_WHOLE = _function('''
    def load(stream):
        header, *lines = stream.read().splitlines()
        return [line.split(",") for line in lines]
''')


def test_a_handle_read_whole_is_its_captured_lines_joined() -> None:
    captured = {"header": "'name,email'", "lines": ["'Ada,a@x'", "'\"B, C\",b@x'"]}
    assert read_lines_source(READ_WHOLE, "stream", MEMORY, captured) == (
        "import io", "io.StringIO('name,email\\nAda,a@x\\n\"B, C\",b@x\\n')")
    text = _function('''
        def count(handle):
            text = handle.read()
            return len(text.split())
    ''')
    assert read_lines_source(text, "handle", HANDLE, {"text": "'a b'"}) == (
        "import io", "io.StringIO('a b')")
    lines = _function('''
        def count(handle):
            rows = handle.read().splitlines()
            return len(rows)
    ''')
    assert read_lines_source(lines, "handle", MEMORY, {"rows": ["'a'", "'b'"]}) == (
        "import io", "io.StringIO('a\\nb\\n')")


def test_a_handle_read_whole_but_not_captured_in_full_gets_nothing() -> None:
    assert read_lines_source(READ_WHOLE, "stream", MEMORY, {"header": "'name,email'"}) is None
    cut = {"header": "'name,email'", "lines": ["'Ada,a@x'", "'Bob,b@exa..."]}
    assert read_lines_source(READ_WHOLE, "stream", MEMORY, cut) is None
    read_twice = _function('''
        def load(stream):
            header, *lines = stream.read().splitlines()
            stream.seek(0)
            return lines
    ''')
    captured = {"header": "'h'", "lines": ["'a'"]}
    assert read_lines_source(read_twice, "stream", MEMORY, captured) is None
    assert read_lines_source(READ_WHOLE, "stream", "<object object at 0x7f>", captured) is None

def test_a_generator_is_told_from_a_function_holding_one() -> None:
    assert is_generator(ENUMERATED)
    assert not is_generator(_function('''
        def pairs(items):
            def inner():
                yield 1
            return [(item, lambda: (yield)) for item in items]
    '''))


IMPORTER = '''
    """Stock levels from the warehouse's nightly export."""


    def levels(handle) -> dict[str, int]:
        """``SKU;COUNT`` per line."""
        found: dict[str, int] = {}
        for line in handle:
            sku, count = line.rstrip("\\n").split(";")
            found[sku] = int(count)
        return found


    def read_levels(path: str) -> dict[str, int]:
        with open(path, encoding="utf-8") as handle:
            return levels(handle)
'''

TESTS = '''
    import io

    from stock.levels import levels


    def test_levels():
        assert levels(io.StringIO("A1;3\\nB2;0\\n")) == {"A1": 3, "B2": 0}
'''


def test_a_crash_on_a_line_of_production_s_file_reproduces(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {"stock/__init__.py": "",
                                         "stock/levels.py": IMPORTER,
                                         "tests/test_levels.py": TESTS})
    trigger = '''
        import os
        import tempfile
        from stock.levels import read_levels
        handle, path = tempfile.mkstemp(suffix=".csv")
        os.write(handle, "A1;3\\nB2;two\\n".encode())
        os.close(handle)
        try:
            read_levels(path)
        finally:
            os.remove(path)  # production's file: not there when the engine runs
    '''
    event = capture_event(repo, tmp_path / "srv" / "app", trigger)
    _, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None, stderr
    # Reproduced (no template fixes it): levels() was given the one line it crashed on.
    assert data["status"] != "not_reproduced", data["explanation"]
    assert data["checks"]["scenario"] == "stock.levels.levels(handle=handle)"


def test_names_changed_after_the_read_or_a_list_at_the_sdk_limit_get_nothing() -> None:
    sliced = _function('''
        def load(stream):
            lines = stream.read().splitlines()
            lines = lines[1:]
            return lines
    ''')
    assert read_lines_source(sliced, "stream", MEMORY, {"lines": ["'a'", "'b'"]}) is None
    sorted_in_place = _function('''
        def load(stream):
            header, *lines = stream.read().splitlines()
            lines.sort()
            return lines
    ''')
    captured = {"header": "'h'", "lines": ["'a'"]}
    assert read_lines_source(sorted_in_place, "stream", MEMORY, captured) is None
    ten = {"header": "'h'", "lines": [repr(str(n)) for n in range(10)]}
    assert read_lines_source(READ_WHOLE, "stream", MEMORY, ten) is None


def test_lines_handed_on_or_aliased_get_nothing() -> None:
    handed = _function('''
        def load(stream):
            lines = stream.read().splitlines()
            _drop_header(lines)
            return lines
    ''')
    assert read_lines_source(handed, "stream", MEMORY, {"lines": ["'a'", "'b'"]}) is None
    aliased = _function('''
        def load(stream):
            lines = stream.read().splitlines()
            rows = lines
            rows.pop(0)
            return lines
    ''')
    assert read_lines_source(aliased, "stream", MEMORY, {"lines": ["'a'", "'b'"]}) is None
