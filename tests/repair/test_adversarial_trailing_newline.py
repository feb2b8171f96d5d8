"""trailing_newline under review: only the one final newline ends the last line; a blank
line inside the text, or an empty field inside a line, is a corrupt record still."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

EVENTS = '''
    """Events of an audit log exported as JSON Lines."""

    from __future__ import annotations

    import json
    from typing import Any


    def read_events(text: str) -> list[dict[str, Any]]:
        """Every event of an export; an export with a damaged line is refused whole."""
        return [json.loads(line) for line in text.split("\\n")]
'''

EVENTS_TESTS = '''
    from audit.events import read_events


    def test_read_events() -> None:
        assert read_events('{"id": 1}\\n{"id": 2}') == [{"id": 1}, {"id": 2}]
'''


def test_a_blank_line_inside_the_text_is_still_refused(tmp_path: Path) -> None:
    # The export ends with a newline and also lost a record in the middle: taking the
    # final newline off must not be claimed to fix it.
    data = fix_and_check(
        tmp_path, {"audit/__init__.py": "", "audit/events.py": EVENTS,
                   "tests/__init__.py": "", "tests/test_events.py": EVENTS_TESTS},
        'from audit.events import read_events\nread_events(\'{"id": 1}\\n\\n{"id": 3}\\n\')',
        'from audit.events import read_events\n'
        'try:\n    read_events(\'{"id": 1}\\n\\n{"id": 3}\\n\')\nexcept ValueError:\n    pass\n'
        'else:\n    raise AssertionError("a damaged export was read")\n')
    assert data is not None and data["status"] != "fixed"


CELLS = '''
    """Rows of a tab-separated export whose cells hold JSON."""

    from __future__ import annotations

    import json
    from typing import Any


    def read_cells(text: str) -> list[Any]:
        """Every cell of every row; a row with an empty cell is damaged and refused."""
        return [json.loads(cell) for line in text.split("\\n") for cell in line.split("\\t")]
'''

CELLS_TESTS = '''
    from sheets.cells import read_cells


    def test_read_cells() -> None:
        assert read_cells('1\\t2\\n3\\t4') == [1, 2, 3, 4]
'''


def test_an_empty_cell_in_a_text_that_ends_with_a_newline_is_still_refused(
        tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"sheets/__init__.py": "", "sheets/cells.py": CELLS,
                   "tests/__init__.py": "", "tests/test_cells.py": CELLS_TESTS},
        'from sheets.cells import read_cells\nread_cells("1\\t2\\n3\\t\\n")',
        'from sheets.cells import read_cells\n'
        'try:\n    read_cells("1\\t2\\n3\\t\\n")\nexcept ValueError:\n    pass\n'
        'else:\n    raise AssertionError("a row with an empty cell was read")\n')
    assert data is not None and data["status"] != "fixed"
