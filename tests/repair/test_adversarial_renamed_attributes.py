"""renamed_attributes under review: a rename documented together with a new way of calling
the function does not carry the old call's positional arguments over."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.repair.adversarial import fix_and_check

TEXT = '''
    """Text helpers for posts.{module_note}"""
    import re


    def make_slug(separator: str, title: str) -> str:
        """{note}"""
        words = re.findall(r"[a-z0-9]+", title.lower())
        return separator.join(words)


    def excerpt(body: str, words: int = 30) -> str:
        return " ".join(body.split()[:words])
'''

POSTS = '''
    from blog import text


    def permalink(title: str) -> str:
        return "/posts/" + text.slugify(title, "-")


    def teaser(body: str) -> str:
        return text.excerpt(body, 12)
'''

TESTS = '''
    from blog.posts import teaser


    def test_teaser():
        assert teaser("a b c") == "a b c"
'''


@pytest.mark.parametrize(("module_note", "note"), [
    ("", "Called ``slugify`` before 2.0; it now takes the separator first, like str.join."),
    ("\n\n    ``slugify`` was renamed ``make_slug`` in 2.0, and its arguments were swapped.\n    ",
     "Words of the title joined by the separator."),
])
def test_a_rename_that_changed_the_argument_order_is_not_a_rename_of_the_call(
        tmp_path: Path, module_note: str, note: str) -> None:
    # text.make_slug(title, "-") would join no words with the title: "/posts/".
    data = fix_and_check(
        tmp_path, {"blog/__init__.py": "",
                   "blog/text.py": TEXT.format(module_note=module_note, note=note),
                   "blog/posts.py": POSTS, "tests/test_posts.py": TESTS},
        'from blog.posts import permalink\npermalink("Hello World")',
        'from blog.posts import permalink\n'
        'assert permalink("Hello World") == "/posts/hello-world"')
    assert data is not None
    assert 'make_slug(title, "-")' not in (data["patch"] or "")



INVERSE_TEXT = '''
    """Text helpers for posts."""


    def unslugify(slug: str) -> str:
        """``"hello-world"`` -> ``"Hello world"``."""
        return slug.replace("-", " ").capitalize()


    def excerpt(body: str, words: int = 30) -> str:
        return " ".join(body.split()[:words])
'''

INVERSE_POSTS = '''
    from blog import text


    def permalink(title: str) -> str:
        return "/posts/" + text.slugify(title)


    def teaser(body: str) -> str:
        return text.excerpt(body, 12)
'''


def test_the_close_spelling_of_an_inverse_function_is_no_rename(tmp_path: Path) -> None:
    # `unslugify` is the one name spelled like `slugify`, and does the opposite.
    data = fix_and_check(
        tmp_path, {"blog/__init__.py": "", "blog/text.py": INVERSE_TEXT,
                   "blog/posts.py": INVERSE_POSTS, "tests/test_posts.py": TESTS},
        'from blog.posts import permalink\npermalink("Hello World")',
        'from blog.posts import permalink\n'
        'assert permalink("Hello World") == "/posts/hello-world"')
    assert data is not None and "unslugify" not in (data["patch"] or "")
