"""``module 'blog.text' has no attribute 'slugify'``: the caller uses the name the module
says the function has now."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.renamed_attributes import RenamedModuleAttribute
from tests.repair.apps import capture_event, make_repo, run_fix

TEXT = '''
    """Text helpers."""
    import re


    def make_slug(title: str, max_length: int = 60) -> str:
        """URL slug of ``title``.

        Called ``slugify`` before 2.0; renamed so as not to clash with the Jinja filter.
        """
        return "-".join(re.findall(r"[a-z0-9]+", title.lower()))[:max_length] or "post"


    def excerpt(body: str) -> str:
        return body[:30]
'''

POSTS = '''
    from blog import text


    def retitle(post: dict, title: str) -> dict:
        """The post under its new title and slug."""
        return {**post, "title": title, "slug": text.slugify(title)}


    def import_post(title: str, body: str) -> dict:
        return {"slug": text.slugify(title), "excerpt": text.excerpt(body)}
'''


def _site(root: Path, files: dict[str, str], needle: str,
          message: str = "module 'blog.text' has no attribute 'slugify'") -> CrashSite:
    texts = {}
    for rel, text in files.items():
        texts[rel] = textwrap.dedent(text).lstrip("\n")
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(texts[rel], encoding="utf-8")
    path = "blog/posts.py"
    lineno = next(i for i, line in enumerate(texts[path].splitlines(), 1) if needle in line)
    raw = {"abs_path": f"/srv/app/{path}", "function": "retitle", "lineno": lineno,
           "in_app": True}
    event = ErrorEvent.from_dict({"exception": {"values": [
        {"type": "AttributeError", "value": message, "stacktrace": {"frames": [raw]}}]}})
    assert event.primary is not None
    frame = LocatedFrame(frame=Frame.from_dict(raw), path=path, source=texts[path],
                         lineno=lineno)
    return CrashSite(event=event, exception=event.primary, frames=(frame,), root=root)


def _propose(site: CrashSite) -> list[Candidate]:
    assert site.root is not None
    return list(RenamedModuleAttribute().propose(site, analyse(site, site.root)))


FILES = {"blog/__init__.py": "", "blog/text.py": TEXT, "blog/posts.py": POSTS}
NEEDLE = '"slug": text.slugify(title)}'


def test_the_documented_new_name_replaces_every_use_of_the_old(tmp_path: Path) -> None:
    [candidate] = _propose(_site(tmp_path, FILES, NEEDLE))
    before = textwrap.dedent(POSTS).lstrip("\n")
    assert candidate.edits == {"blog/posts.py": before.replace("text.slugify(", "text.make_slug(")}
    assert "text.excerpt(body)" in candidate.edits["blog/posts.py"]  # untouched
    assert candidate.contract is not None
    assert "`make_slug`'s docstring says: \"Called ``slugify`` before 2.0; renamed so as not " \
        "to clash with the Jinja filter.\"" in candidate.contract


def test_a_comment_above_the_definition_documents_it_too(tmp_path: Path) -> None:
    text = TEXT.replace("        Called ``slugify`` before 2.0; renamed so as not to clash with "
                        "the Jinja filter.\n", "").replace(
        "    def make_slug(", "    # Formerly slugify.\n    def make_slug(")
    [candidate] = _propose(_site(tmp_path, {**FILES, "blog/text.py": text}, NEEDLE))
    assert "text.make_slug(title)" in candidate.edits["blog/posts.py"]
    assert candidate.contract is not None and "comment says" in candidate.contract


def test_the_module_docstring_naming_both_documents_it(tmp_path: Path) -> None:
    text = TEXT.replace("        Called ``slugify`` before 2.0; renamed so as not to clash with "
                        "the Jinja filter.\n", "").replace(
        '"""Text helpers."""', '"""Text helpers. ``slugify`` was renamed ``make_slug`` in 2.0."""')
    [candidate] = _propose(_site(tmp_path, {**FILES, "blog/text.py": text}, NEEDLE))
    assert candidate.contract is not None and "the module's docstring says" in candidate.contract


def test_a_close_spelling_is_the_one_name_like_it(tmp_path: Path) -> None:
    posts = POSTS.replace("text.slugify", "text.exerpt")
    [candidate] = _propose(_site(
        tmp_path, {**FILES, "blog/posts.py": posts}, '"slug": text.exerpt(title)}',
        "module 'blog.text' has no attribute 'exerpt'"))
    assert '"slug": text.excerpt(title)}' in candidate.edits["blog/posts.py"]
    assert candidate.contract == "`blog.text` defines `excerpt`, the one name spelled like " \
        "`exerpt`"


def test_an_undocumented_rename_gets_nothing(tmp_path: Path) -> None:
    text = TEXT.replace("        Called ``slugify`` before 2.0; renamed so as not to clash with "
                        "the Jinja filter.\n", "")
    assert _propose(_site(tmp_path, {**FILES, "blog/text.py": text}, NEEDLE)) == []


def test_a_mention_that_is_no_rename_backs_nothing(tmp_path: Path) -> None:
    for sentence in ("Gives the same slugs as ``slugify`` in the templates.",
                     "Called by ``slugify`` for the titles of drafts."):
        text = TEXT.replace("Called ``slugify`` before 2.0; renamed so as not to clash with "
                            "the Jinja filter.", sentence)
        root = tmp_path / str(len(sentence))
        assert _propose(_site(root, {**FILES, "blog/text.py": text}, NEEDLE)) == []


def test_a_call_the_new_function_cannot_take_gets_nothing(tmp_path: Path) -> None:
    posts = POSTS.replace('text.slugify(title)}', 'text.slugify(title, "-", 40)}')
    assert _propose(_site(tmp_path, {**FILES, "blog/posts.py": posts},
                          '"slug": text.slugify(title, "-", 40)}')) == []


def test_a_module_outside_the_repository_gets_nothing(tmp_path: Path) -> None:
    posts = POSTS.replace("from blog import text", "import json as text")
    assert _propose(_site(tmp_path, {**FILES, "blog/posts.py": posts}, NEEDLE,
                          "module 'json' has no attribute 'slugify'")) == []


def test_the_retitled_post_gets_the_new_functions_slug(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {**FILES, "tests/test_text.py": '''
        from blog.text import make_slug


        def test_slug() -> None:
            assert make_slug("Hello, World") == "hello-world"
    '''})
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        from blog.posts import retitle
        retitle({"slug": "cafe", "title": "Cafe"}, "Cafe au lait, the Lyon way")
    ''')
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None and data["status"] == "fixed", (data, stderr)
    assert code == 0
    assert "+    return {**post, \"title\": title, \"slug\": text.make_slug(title)}" in \
        data["patch"]
    assert "cafe-au-lait-the-lyon-way" in data["regression_test"]["content"]


MAILER = '''
    class Mailer:
        def __init__(self, sender: str) -> None:
            self.sender = sender

        def deliver(self, to: str, subject: str) -> str:
            """Sends one message. Formerly ``send_mail``; renamed in 3.0."""
            return f"{self.sender} -> {to}: {subject}"

        def send_mail_later(self, to: str) -> None:
            return None
'''

NOTIFY = '''
    from mail.mailer import Mailer


    def notify(mailer: Mailer, to: str) -> str:
        return mailer.send_mail(to, "Your order shipped")
'''


def _method_site(root: Path, mailer: str = MAILER, notify: str = NOTIFY) -> CrashSite:
    site = _site(root, {"mail/__init__.py": "", "mail/mailer.py": mailer,
                        "blog/posts.py": notify}, "mailer.send_mail(",
                 "'Mailer' object has no attribute 'send_mail'")
    return site


def test_a_method_documented_as_renamed_is_called_by_its_new_name(tmp_path: Path) -> None:
    [candidate] = _propose(_method_site(tmp_path))
    before = textwrap.dedent(NOTIFY).lstrip("\n")
    assert candidate.edits == {"blog/posts.py": before.replace("mailer.send_mail(",
                                                               "mailer.deliver(")}
    assert candidate.contract is not None and "Formerly ``send_mail``" in candidate.contract


def test_an_undocumented_method_rename_gets_nothing_here(tmp_path: Path) -> None:
    mailer = MAILER.replace(" Formerly ``send_mail``; renamed in 3.0.", "")
    assert _propose(_method_site(tmp_path, mailer=mailer)) == []


def test_a_method_call_with_too_many_arguments_gets_nothing(tmp_path: Path) -> None:
    notify = NOTIFY.replace('send_mail(to, "Your order shipped")',
                            'send_mail(to, "Your order shipped", "high")')
    assert _propose(_method_site(tmp_path, notify=notify)) == []
