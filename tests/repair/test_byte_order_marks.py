"""A byte-order mark read into the first column's name: the file is opened with
utf-8-sig; nothing when no captured row carries the mark, when the file is opened with
the platform's encoding, or when the function opens several files."""

from __future__ import annotations

import csv
import textwrap
from pathlib import Path

from bugstack.repair.candidates.byte_order_marks import ByteOrderMarkDropped
from tests.repair.crash_sites import crash_at

IMPORTER = '''
    import csv


    def emails(path):
        with open(path, newline="", encoding="utf-8") as f:
            return [row["email"] for row in csv.DictReader(f)]
'''

MARKED = {"\ufeffemail": "'zoe@example.de'", "name": "'Zoë'"}


def _edits(tmp_path: Path, source: str = IMPORTER,
           row: dict[str, str] | None = None) -> list[str]:
    site, analysis = crash_at(tmp_path, {"imp.py": source}, "imp.py", 'row["email"]',
                              "KeyError", "'email'", {"row": row or MARKED})
    return [c.edits["imp.py"] for c in ByteOrderMarkDropped().propose(site, analysis)]


def test_the_file_is_opened_with_utf_8_sig(tmp_path: Path) -> None:
    (edit,) = _edits(tmp_path)
    assert edit == textwrap.dedent(IMPORTER).lstrip("\n").replace('"utf-8"', '"utf-8-sig"')
    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes("email,name\nzoe@example.de,Zoë\n".encode("utf-8-sig"))
    namespace: dict[str, object] = {"csv": csv}
    exec(edit, namespace)
    assert namespace["emails"](sheet) == ["zoe@example.de"]  # type: ignore[operator]
    sheet.write_text("email,name\nzoe@example.de,Zoë\n", encoding="utf-8")  # no mark
    assert namespace["emails"](sheet) == ["zoe@example.de"]  # type: ignore[operator]


def test_no_mark_a_default_encoding_or_several_files_get_nothing(tmp_path: Path) -> None:
    assert _edits(tmp_path / "no-mark", row={"e-mail": "'zoe@example.de'"}) == []
    default = IMPORTER.replace(', encoding="utf-8"', "")
    assert _edits(tmp_path / "default", default) == []
    several = IMPORTER.replace(
        "    with open(path,", '    open(path + ".log", "a", encoding="utf-8").close()\n'
        "    with open(path,")
    assert _edits(tmp_path / "several", several) == []


def test_docs_naming_the_mark_back_the_fix_only_beside_a_utf_8_sig_sibling(
        tmp_path: Path) -> None:
    # Blind batch 16: "Excel's CSV UTF-8, which starts with a byte order mark" describes
    # a file to accept, and the module's other loader already opens with utf-8-sig.
    described = IMPORTER.replace(
        "    def emails(path):\n",
        '    def emails(path):\n        """Plain UTF-8, or Excel\'s CSV UTF-8, which starts '
        'with a byte order mark."""\n')
    assert _edits(tmp_path / "alone", described) == []
    silent = described + '''

    def names(path):
        with open(path, newline="", encoding="utf-8-sig") as f:
            return [row["name"] for row in csv.DictReader(f)]
'''
    assert _edits(tmp_path / "silent", silent) == []
    writing = silent.replace(
        'with open(path, newline="", encoding="utf-8-sig") as f:',
        '# Excel wants the byte order mark; utf-8-sig writes it, and Excel drops it.\n'
        '        with open(path, "w", newline="", encoding="utf-8-sig") as f:')
    assert _edits(tmp_path / "writing", writing) == []
    sibling = silent.replace(
        'with open(path, newline="", encoding="utf-8-sig") as f:',
        '# Excel\'s CSV starts with a byte order mark; utf-8-sig drops it.\n'
        '        with open(path, newline="", encoding="utf-8-sig") as f:')
    (edit,) = _edits(tmp_path / "sibling", sibling)
    assert edit.count('"utf-8-sig"') == 2
    legacy = sibling.replace("Plain UTF-8, or Excel's CSV UTF-8, which starts with a byte "
                             "order mark.", "Files of the legacy exporter begin with a byte "
                             "order mark and give amounts in cents.")
    assert _edits(tmp_path / "legacy", legacy) == []
    refused = sibling.replace("which starts with a byte order mark",
                              "a file starting with a byte order mark is refused")
    assert _edits(tmp_path / "refused", refused) == []
