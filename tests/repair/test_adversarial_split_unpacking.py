"""split_unpacking under review: "may contain" backs the field it is said of only."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

LABELS = '''
    """Label files: one ``name=colour`` per line."""


    def parse_labels(text: str) -> dict[str, str]:
        """Read a label file into a dict.

        A label's name may contain ``=`` (``size=xl=red`` names the label ``size=xl``);
        the colour is one plain word.
        """
        labels = {}
        for line in text.splitlines():
            if not line.strip():
                continue
            name, colour = line.split("=")
            labels[name.strip()] = colour.strip()
        return labels
'''

TESTS = '''
    from labels.parse import parse_labels


    def test_plain_labels():
        assert parse_labels("bug=red\\nfeature=green\\n") == {"bug": "red", "feature": "green"}
'''


def test_a_name_that_may_contain_the_separator_does_not_back_giving_the_colour_the_rest(
        tmp_path: Path) -> None:
    # The docstring names the colour in the same sentence, but says the *name* holds the
    # extra "=": split("=", 1) would read "size=xl=blue" as the label "size" coloured
    # "xl=blue". The right split is rsplit("=", 1).
    data = fix_and_check(
        tmp_path, {"labels/__init__.py": "", "labels/parse.py": LABELS,
                   "tests/test_parse.py": TESTS},
        'from labels.parse import parse_labels\nparse_labels("bug=red\\nsize=xl=blue\\n")',
        'from labels.parse import parse_labels\n'
        'assert parse_labels("size=xl=blue") == {"size=xl": "blue"}')
    assert data is not None
    assert data["status"] != "fixed" or "rsplit" in data["patch"]
