"""Chunks decoded one by one get an incremental decoder when a character was cut between
two of them ("unexpected end of data"); nothing for invalid bytes, an ``errors=`` choice
already made, or a decode that is not the loop's own chunk."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.chunked_decoding import IncrementalDecoding
from bugstack.repair.candidates.edits import insert_stdlib_import
from tests.repair.crash_sites import crash_at

READER = '''
    from __future__ import annotations

    from collections.abc import Iterable, Iterator


    def iter_lines(chunks: Iterable[bytes], encoding: str = "utf-8") -> Iterator[str]:
        pending = ""
        for chunk in chunks:
            pending += chunk.decode(encoding)
            *complete, pending = pending.split("\\n")
            yield from complete
        if pending:
            yield pending
'''

AFTER = '''
    from __future__ import annotations

    import codecs
    from collections.abc import Iterable, Iterator


    def iter_lines(chunks: Iterable[bytes], encoding: str = "utf-8") -> Iterator[str]:
        pending = ""
        decoder = codecs.getincrementaldecoder(encoding)()
        for chunk in chunks:
            pending += decoder.decode(chunk)
            *complete, pending = pending.split("\\n")
            yield from complete
        pending += decoder.decode(b"", final=True)
        if pending:
            yield pending
'''

CUT = "'utf-8' codec can't decode byte 0xc3 in position 7: unexpected end of data"
LINE = "pending += chunk.decode(encoding)"


def _edits(tmp_path: Path, source: str, message: str = CUT, line: str = LINE) -> list[str]:
    site, analysis = crash_at(tmp_path, {"reader.py": source}, "reader.py", line,
                              "UnicodeDecodeError", message, {"chunk": "b'1001,Cr\\xc3'"})
    return [c.edits["reader.py"] for c in IncrementalDecoding().propose(site, analysis)]


def test_a_character_cut_between_chunks_is_kept_for_the_next_one(tmp_path: Path) -> None:
    edits = _edits(tmp_path, READER)
    assert edits == [textwrap.dedent(AFTER).lstrip("\n")]
    namespace: dict[str, object] = {}
    exec(compile(edits[0], "reader.py", "exec"), namespace)
    body = "id\nCrème brûlée\n".encode()
    for size in (1, 2, 3, 7):
        chunks = [body[i:i + size] for i in range(0, len(body), size)]
        assert list(namespace["iter_lines"](chunks)) == ["id", "Crème brûlée"]  # type: ignore[operator]


def test_invalid_bytes_a_chosen_errors_mode_or_another_value_get_nothing(
        tmp_path: Path) -> None:
    invalid = "'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte"
    assert _edits(tmp_path / "invalid", READER, invalid) == []
    chosen = READER.replace("chunk.decode(encoding)", 'chunk.decode(encoding, "strict")')
    assert _edits(tmp_path / "chosen", chosen,
                  line='pending += chunk.decode(encoding, "strict")') == []
    other = READER.replace("pending += chunk.decode(encoding)",
                           "pending += HEADER.decode(encoding)")
    assert _edits(tmp_path / "other", other, line="pending += HEADER.decode") == []


def test_a_stdlib_import_goes_where_isort_puts_it() -> None:
    assert insert_stdlib_import("import abc\nimport os\n", "codecs") == (
        "import abc\nimport codecs\nimport os\n")
    assert insert_stdlib_import('"""Doc."""\n\nx = 1\n', "codecs") == (
        '"""Doc."""\nimport codecs\n\nx = 1\n')
