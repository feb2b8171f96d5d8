"""The ``JsonResponse(list)`` guide sends the bare array only where the view says a bare
array is meant; a view silent on it may have meant an object around the list."""

from __future__ import annotations

import textwrap

from bugstack.guides.library.django_jsonresponse_non_dict.codemod import rewrite

VIEW = '''
    """The public JSON API. Every collection comes as {"count": n, "results": [...]}."""
    from django.http import JsonResponse


    def tag_list(request):
        """DOC"""
        tags = ["django", "flask"]
        return JsonResponse(tags)
'''


def _rewrite(doc: str) -> str | None:
    source = textwrap.dedent(VIEW).lstrip("\n").replace("DOC", doc)
    line = next(i for i, text in enumerate(source.splitlines(), 1) if "JsonResponse(tags)" in text)
    return rewrite(source, line)


def test_a_view_documenting_a_bare_array_gets_safe_false() -> None:
    rewritten = _rewrite("Every tag, as a bare JSON array of names for the picker.")
    assert rewritten is not None and "JsonResponse(tags, safe=False)" in rewritten


def test_a_view_silent_on_the_shape_is_left_to_a_person() -> None:
    assert _rewrite("Every tag, by name, for the tag picker.") is None
