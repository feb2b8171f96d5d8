"""Reading pasted tracebacks into the event model, and finding the app's frames."""

from __future__ import annotations

from pathlib import Path

from bugstack.guides import match_traceback, parse_traceback, site_from_traceback

CHAINED = """\
2024-05-01 12:00:00 ERROR request failed
Traceback (most recent call last):
  File "/srv/app/src/shop/views.py", line 12, in detail
    return items[item_id]
           ~~~~~^^^^^^^^^
KeyError: 42

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/srv/venv/lib/python3.11/site-packages/framework/core.py", line 80, in dispatch
    return view(request)
  File "/srv/app/src/shop/views.py", line 14, in detail
    raise LookupError(f"no item {item_id}")
LookupError: no item 42
"""


def test_a_chained_traceback_keeps_both_exceptions_newest_last() -> None:
    event = parse_traceback(CHAINED)
    assert event is not None and event.primary is not None
    assert [e.type for e in event.exceptions] == ["KeyError", "LookupError"]
    assert event.primary.value == "no item 42"
    frames = event.primary.frames
    assert [(f.function, f.lineno) for f in frames] == [("dispatch", 80), ("detail", 14)]
    assert frames[-1].context_line == 'raise LookupError(f"no item {item_id}")'
    assert event.exceptions[0].frames[0].context_line == "return items[item_id]"


def test_qualified_types_and_multi_line_messages() -> None:
    text = (
        "Traceback (most recent call last):\n"
        '  File "main.py", line 3, in <module>\n'
        "    Signup(age=9)\n"
        "pydantic_core._pydantic_core.ValidationError: 1 validation error for Signup\n"
        "age\n"
        "  Input should be greater than or equal to 13\n"
    )
    event = parse_traceback(text)
    assert event is not None and event.primary is not None
    assert event.primary.type == "ValidationError"
    assert event.primary.module == "pydantic_core._pydantic_core"
    assert event.primary.value.splitlines() == [
        "1 validation error for Signup",
        "age",
        "  Input should be greater than or equal to 13",
    ]


def test_text_without_a_traceback_is_none() -> None:
    assert parse_traceback("all good\n") is None
    assert parse_traceback("") is None


def test_frames_are_found_in_the_app_under_a_different_root(tmp_path: Path) -> None:
    (tmp_path / "shop").mkdir()
    views = "def detail(items, item_id):\n" + "\n" * 12 + '    raise LookupError("x")\n'
    (tmp_path / "shop" / "views.py").write_text(views, encoding="utf-8")
    site = site_from_traceback(CHAINED, tmp_path)
    assert site is not None
    assert [(f.path, f.lineno) for f in site.frames] == [("shop/views.py", 14)]
    assert site.frames[0].source == views
    in_app = [f.in_app for f in site.exception.frames]
    assert in_app == [False, True]


def test_no_site_when_no_frame_is_in_the_app(tmp_path: Path) -> None:
    assert site_from_traceback(CHAINED, tmp_path) is None


def test_a_message_alone_does_not_match_a_guide_whose_code_shape_is_absent(
    tmp_path: Path,
) -> None:
    # The exception and message of the dict-iteration guide, but no loop in the code.
    (tmp_path / "jobs.py").write_text(
        "def purge(cache):\n    cache.clear()\n    raise RuntimeError('x')\n", encoding="utf-8"
    )
    text = (
        "Traceback (most recent call last):\n"
        f'  File "{tmp_path / "jobs.py"}", line 3, in purge\n'
        "    raise RuntimeError('x')\n"
        "RuntimeError: dictionary changed size during iteration\n"
    )
    assert [g.id for g in match_traceback(text)] == []
    assert [g.id for g in match_traceback(text, tmp_path)] == []


def test_a_warning_printed_after_the_traceback_is_not_part_of_the_message() -> None:
    text = (
        "Traceback (most recent call last):\n"
        '  File "api.py", line 9, in headline\n'
        "    return profile['name']\n"
        "TypeError: 'coroutine' object is not subscriptable\n"
        "sys:1: RuntimeWarning: coroutine 'fetch' was never awaited\n"
    )
    event = parse_traceback(text)
    assert event is not None and event.primary is not None
    assert event.primary.value == "'coroutine' object is not subscriptable"
