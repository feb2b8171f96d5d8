"""A fix borrowed from other code yields where the crashing function documents more than a
summary; a guide's, where the function refuses its answer."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.base import GUESS, Candidate
from bugstack.repair.candidates.borrowed_backing import (
    beyond_a_summary,
    refused_answer,
    respect_the_functions_own_words,
)
from tests.repair.crash_sites import crash_at


def test_a_summary_says_no_more() -> None:
    assert beyond_a_summary("Orders placed on ``first_day`` or later.") is None
    assert beyond_a_summary("Posts after ``since`` (YYYY-MM-DD); malformed ones are a 400.") \
        is None
    assert beyond_a_summary(":func:`quote_total` against the stored list.") is None
    assert beyond_a_summary("Payouts: a payout counts on the day the bank books it.") == (
        "a payout counts on the day the bank books it.")
    assert beyond_a_summary("Form field: limit, the monthly budget in euros.") is None
    assert beyond_a_summary("The tile.\n\nA quiet device keeps its last seen.") == (
        "A quiet device keeps its last seen.")


VIEW = '''
    def subscription(request, email):
        """Whether ``email`` gets the newsletter.

        An unknown address answers {"subscribed": false}, never a 404."""
        found = Subscription.objects.get(email=email)
        return found.active
'''


def _candidates(root: Path, view: str) -> list[Candidate]:
    _site, analysis = crash_at(root, {"views.py": view}, "views.py", "found = Subscription",
                               "Subscription.DoesNotExist", "matching query does not exist.",
                               {})
    source = analysis.crash.source if analysis.crash else ""
    edited = source.replace("Subscription.objects.get(email=email)",
                            "get_object_or_404(Subscription, email=email)")
    borrowed = Candidate("framework-convention", "404", {"views.py": edited}, plausibility=0.85,
                         contract="the module's other views use get_object_or_404",
                         originals={"views.py": source})
    guide = Candidate("guide:django-does-not-exist", "404", {"views.py": edited},
                      plausibility=0.8, contract="the error guide covers this error",
                      originals={"views.py": source})
    worded = Candidate("documented-status", "404", {"views.py": edited}, plausibility=0.9,
                       contract='the docstring: "unknown is a 404"', originals={"views.py": source})
    return respect_the_functions_own_words([borrowed, guide, worded], analysis)


def test_borrowed_and_refused_guide_backings_yield_to_the_functions_words(
        tmp_path: Path) -> None:
    borrowed, guide, worded = _candidates(tmp_path, VIEW)
    assert borrowed.contract is None and borrowed.plausibility == GUESS
    assert guide.contract is None and "never a 404" in guide.description
    assert worded.contract is not None  # backed by the app's own words: not this filter's


def test_a_one_line_docstring_keeps_them(tmp_path: Path) -> None:
    summary = VIEW.replace('\n\n        An unknown address answers {"subscribed": false}, '
                           'never a 404.', "")
    assert all(c.contract for c in _candidates(tmp_path, summary))


def test_a_guide_keeps_its_backing_where_the_words_agree(tmp_path: Path) -> None:
    agreeing = VIEW.replace('An unknown address answers {"subscribed": false}, never a 404.',
                            "An unknown address is a 404, as on every page.")
    borrowed, guide, _worded = _candidates(tmp_path, agreeing)
    assert borrowed.contract is None  # more than a summary: the analogy yields anyway
    assert guide.contract is not None
    refusing = Candidate("guide:x", "x", {"a.py": "x = 1\n"}, originals={"a.py": "x = 0\n"})
    assert refused_answer(refusing, "The count is not 1.") is None  # digits: status codes only
