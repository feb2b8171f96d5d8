"""The templates' splices, before and after: the new lines are written the way the file
around them is (its indentation unit), comments stay with the code they describe, and
nothing lands above a shebang or an encoding line."""

from __future__ import annotations

import ast
import textwrap

import pytest

from bugstack.repair.candidates.edits import indent_unit, insert_before_statement, insert_import


def _statement(source: str, text: str) -> ast.stmt:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.stmt) and ast.get_source_segment(source, node) == text:
            return node
    raise AssertionError(text)


def _guard(before: str, statement: str) -> str:
    before = textwrap.dedent(before)
    return insert_before_statement(before, _statement(before, statement),
                                   ["if user is None:", "\treturn None"])


CASES = {
    "four spaces": (
        '''
        def name(user):
            # the display name, as the header shows it
            label = user.name  # trailing note
            return label
        ''',
        "label = user.name",
        '''
        def name(user):
            if user is None:
                return None
            # the display name, as the header shows it
            label = user.name  # trailing note
            return label
        ''',
    ),
    "two spaces": (
        '''
        def name(user):
          if user.active:
            return user.name.title()
          return "-"
        ''',
        "return user.name.title()",
        '''
        def name(user):
          if user.active:
            if user is None:
              return None
            return user.name.title()
          return "-"
        ''',
    ),
    "tabs": (
        "def name(user):\n\tlabel = user.name\n\treturn label\n",
        "label = user.name",
        "def name(user):\n\tif user is None:\n\t\treturn None\n"
        "\tlabel = user.name\n\treturn label\n",
    ),
    "a comment of the enclosing block is not moved": (
        '''
        def name(user):
            # look the user up first
            if user:
                label = user.name
            return label
        ''',
        "label = user.name",
        '''
        def name(user):
            # look the user up first
            if user:
                if user is None:
                    return None
                label = user.name
            return label
        ''',
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_guard_is_written_like_the_file_around_it(case: str) -> None:
    before, statement, after = CASES[case]
    assert _guard(before, statement) == textwrap.dedent(after)


def test_the_indent_unit_ignores_hanging_indents() -> None:
    source = textwrap.dedent('''
        def total(items):
            value = sum(item.price
                        for item in items)
            if value:
                return value
            return 0
    ''')
    assert indent_unit(source) == "    "


@pytest.mark.parametrize(("before", "after"), [
    ("#!/usr/bin/env python\nprint(1)\n", "#!/usr/bin/env python\nimport sys\nprint(1)\n"),
    ("# -*- coding: utf-8 -*-\nx = 1\n", "# -*- coding: utf-8 -*-\nimport sys\nx = 1\n"),
    ('"""Doc."""\nimport os\n\nx = 1\n', '"""Doc."""\nimport os\nimport sys\n\nx = 1\n'),
])
def test_an_import_goes_after_the_header_lines(before: str, after: str) -> None:
    assert insert_import(before, "import sys") == after
