"""The regex-match guide returns None for no match only where the function's return
annotation allows None (or there is none); a function declared ``-> str`` is left alone."""

from __future__ import annotations

import textwrap

import pytest

from bugstack.guides.library.nonetype_attribute_regex_match.codemod import rewrite

SOURCE = '''
    import re

    _DIGEST = re.compile(r"v1=(?P<digest>[0-9a-f]+)")


    def digest(value: str)ANNOTATION:
        return _DIGEST.fullmatch(value).group("digest")
'''


def _rewrite(annotation: str) -> str | None:
    source = textwrap.dedent(SOURCE).lstrip("\n").replace("ANNOTATION", annotation)
    line = next(i for i, text in enumerate(source.splitlines(), 1) if ".group(" in text)
    return rewrite(source, line)


@pytest.mark.parametrize("annotation", ["", " -> str | None", " -> Optional[str]"])
def test_none_is_returned_where_the_annotation_allows_it(annotation: str) -> None:
    rewritten = _rewrite(annotation)
    assert rewritten is not None and "if found is None:\n        return None" in rewritten


def test_a_function_promising_text_is_left_alone() -> None:
    assert _rewrite(" -> str") is None
