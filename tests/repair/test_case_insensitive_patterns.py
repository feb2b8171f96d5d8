"""The word of a pattern documented as case-insensitive ignores case, and the documented answer
for a text that still does not match; nothing without the documentation, or for a text
that matches in no case."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.case_insensitive_patterns import DocumentedCaseInsensitivePattern
from tests.repair.crash_sites import crash_at

AUTH = '''
    import re

    from flask import abort, request

    _BEARER = re.compile(r"Bearer\\s+(?P<token>\\S+)")
    TOKENS = {{"t1": "client"}}


    def current_client() -> str:
        """The client of the ``Authorization: Bearer <token>`` header. The scheme is
        case-insensitive: ``Bearer`` or ``bearer``.{without}"""
        header = request.headers.get("Authorization", "")
        token = _BEARER.match(header).group("token")
        client = TOKENS.get(token)
        if client is None:
            abort(401)
        return client
'''
WITHOUT = " A request without a token is answered 401."


def _edits(tmp_path: Path, without: str = WITHOUT, header: str = "'bearer t1'",
           source: str = AUTH) -> list[str]:
    text = source.format(without=without)
    site, analysis = crash_at(tmp_path, {"auth.py": text}, "auth.py", "_BEARER.match(header)",
                              "AttributeError", "'NoneType' object has no attribute 'group'",
                              {"header": header})
    return [c.edits["auth.py"] for c in DocumentedCaseInsensitivePattern().propose(site, analysis)]


def test_the_pattern_ignores_case_and_a_missing_match_gets_the_documented_401(
        tmp_path: Path) -> None:
    (edit,) = _edits(tmp_path)
    assert edit == textwrap.dedent(AUTH.format(without=WITHOUT)).lstrip("\n").replace(
        'r"Bearer\\s+(?P<token>\\S+)")', 'r"(?i:Bearer)\\s+(?P<token>\\S+)")').replace(
        '    token = _BEARER.match(header).group("token")\n',
        "    match = _BEARER.match(header)\n    if match is None:\n        abort(401)\n"
        '    token = match.group("token")\n')


def test_without_a_documented_answer_only_the_case_changes(tmp_path: Path) -> None:
    (edit,) = _edits(tmp_path, without="")
    assert "(?i:Bearer)" in edit and "match is None" not in edit


def test_undocumented_case_or_a_text_matching_in_no_case_gets_nothing(tmp_path: Path) -> None:
    silent = AUTH.replace(" The scheme is\n        case-insensitive: ``Bearer`` or ``bearer``.", "")
    assert _edits(tmp_path / "silent", source=silent) == []
    assert _edits(tmp_path / "basic", header="'Basic dXNlcg=='") == []
