"""Rendering a guide to HTML: markdown sections, highlighted examples, the recipe's diff.

Pages are rendered from the same files the tests run, so a published example is always
the example that raised, and the published fix always what the codemod produced.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import (
    DiffLexer,
    PythonLexer,
    PythonTracebackLexer,
    TextLexer,
    get_lexer_by_name,
)
from pygments.util import ClassNotFound

from bugstack.guides.model import Guide

__all__ = ["PYGMENTS_CSS", "RenderedGuide", "example_for_display", "highlight_code", "render_guide"]

_FORMATTER = HtmlFormatter(nowrap=True)
#: Colours for highlighted code; the templates wrap code in ``<pre class="code">``.
PYGMENTS_CSS: str = HtmlFormatter().get_style_defs(".code")  # type: ignore[no-untyped-call]


def highlight_code(code: str, language: str = "python") -> str:
    """Highlighted HTML for ``code`` (escaped: safe to embed)."""
    aliases = {"pytb": PythonTracebackLexer, "python": PythonLexer, "diff": DiffLexer}
    lexer_class = aliases.get(language)
    if lexer_class is not None:
        lexer = lexer_class()
    else:
        try:
            lexer = get_lexer_by_name(language)
        except ClassNotFound:
            lexer = TextLexer()
    return str(highlight(code, lexer, _FORMATTER))


def _markdown() -> MarkdownIt:
    # The guides are ours, but raw HTML is still off: pages only ever carry markdown.
    md = MarkdownIt("commonmark", {"html": False})

    def fence(code: str, lang: str, attrs: str) -> str:
        return f'<pre class="code"><code>{highlight_code(code, lang or "text")}</code></pre>'

    md.options["highlight"] = fence
    return md


_MD = _markdown()


def example_for_display(source: str) -> str:
    """An example as a reader should see it: without lines that only configure tools."""
    lines = [line for line in source.splitlines(keepends=True) if not line.startswith("# mypy:")]
    return "".join(lines)


@dataclass(frozen=True)
class RenderedGuide:
    guide: Guide
    summary_html: str
    #: (section title, HTML), in the guide's fixed order.
    sections: tuple[tuple[str, str], ...]
    broken_html: str
    fixed_html: str
    diff_html: str
    test_html: str


def _diff(guide: Guide) -> str:
    lines = list(difflib.unified_diff(
        guide.broken.splitlines(keepends=True),
        guide.fixed.splitlines(keepends=True),
        "broken.py",
        "fixed.py",
    ))
    # A recipe may change the project's other files (a requirement file) instead.
    before = guide.project_files()
    for path, after in guide.project_files(fixed=True).items():
        lines += difflib.unified_diff(
            before.get(path, "").splitlines(keepends=True), after.splitlines(keepends=True),
            f"a/{path}", f"b/{path}")
    return "".join(lines)


def _render_md(text: str) -> str:
    # markdown-it-py has no type information, so its result is typed here.
    html: str = _MD.render(text)
    # Fenced code is wrapped in <pre><code> by markdown-it around our own <pre>; unwrap it.
    return html.replace("<pre><code><pre", "<pre").replace("</pre></code></pre>", "</pre>")


@lru_cache(maxsize=256)
def render_guide(guide: Guide) -> RenderedGuide:
    return RenderedGuide(
        guide=guide,
        summary_html=_render_md(guide.summary),
        sections=tuple((title, _render_md(text)) for title, text in guide.sections.items()),
        broken_html=highlight_code(guide.broken),
        fixed_html=highlight_code(guide.fixed),
        diff_html=highlight_code(_diff(guide), "diff"),
        test_html=highlight_code(example_for_display(guide.test_source)),
    )
