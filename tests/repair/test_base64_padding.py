"""Base64 the module encodes without padding gets its padding back before decoding; nothing
when the module keeps the padding and says nothing of leaving it off."""

from __future__ import annotations

import base64
import textwrap
from pathlib import Path

from bugstack.repair.candidates.base64_padding import Base64PaddingRestored
from tests.repair.crash_sites import crash_at

TOKENS = '''
    import base64


    def make_token(text: str) -> str:
        return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


    def read_token(token: str) -> str:
        return base64.urlsafe_b64decode(token).decode()
'''


def _edits(tmp_path: Path, source: str = TOKENS) -> list[str]:
    site, analysis = crash_at(tmp_path, {"t.py": source}, "t.py", "urlsafe_b64decode(token)",
                              "Error", "Incorrect padding", {"token": "'YWI'"})
    return [c.edits["t.py"] for c in Base64PaddingRestored().propose(site, analysis)]


def test_the_padding_is_put_back(tmp_path: Path) -> None:
    (edit,) = _edits(tmp_path)
    assert edit == textwrap.dedent(TOKENS).lstrip("\n").replace(
        "urlsafe_b64decode(token)", 'urlsafe_b64decode(token + "=" * (-len(token) % 4))')
    namespace: dict[str, object] = {"base64": base64}
    exec(edit, namespace)
    for text in ("a", "ab", "abc", "abcd"):
        token = namespace["make_token"](text)  # type: ignore[operator]
        assert namespace["read_token"](token) == text  # type: ignore[operator]


def test_a_module_keeping_its_padding_gets_nothing(tmp_path: Path) -> None:
    assert _edits(tmp_path, TOKENS.replace('.rstrip("=")', "")) == []
    documented = TOKENS.replace('.rstrip("=")', "").replace(
        "    import base64", '    """Tokens. The padding is left off: links are cut at it."""\n'
        "    import base64")
    assert len(_edits(tmp_path / "documented", documented)) == 1
