"""A missing key the module's documentation refuses: every candidate that does not raise
loses its backing; wording that is no refusal changes nothing."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.refused_keys import refused_key_sentence, respect_refused_key
from tests.repair.crash_sites import crash_at

ORDERS = '''
    """Orders as the webhook posts them."""

    #: Events without a ``user`` are attributed to this account.
    SYSTEM_USER = "system"


    def order_owner(order: dict) -> str:
        """The customer an order is billed to. An order without a user cannot be billed
        to anyone, and raises."""
        return order["user"]
'''


def _analysis(root: Path, source: str = ORDERS):
    return crash_at(root, {"orders.py": source}, "orders.py", 'return order["user"]',
                    "KeyError", "'user'")[1]


def _candidates() -> list[Candidate]:
    original = "x = 1\n"
    return [Candidate("guide:get", ".get", {"orders.py": "x = 2\n"}, plausibility=0.8,
                      contract="a guide", originals={"orders.py": original}),
            Candidate("raise", "raise", {"orders.py": "raise KeyError\n"}, plausibility=0.7,
                      contract="documented", originals={"orders.py": original})]


def test_a_refusing_docstring_takes_the_backing_from_what_does_not_raise(
        tmp_path: Path) -> None:
    analysis = _analysis(tmp_path)
    assert refused_key_sentence(analysis) == (
        "An order without a user cannot be billed to anyone, and raises.")
    kept = respect_refused_key(_candidates(), analysis)
    assert kept[0].contract is None and kept[0].plausibility == 0.3
    assert kept[1] == _candidates()[1]


def test_a_refusing_comment_of_the_module_counts(tmp_path: Path) -> None:
    source = ORDERS.replace(
        "An order without a user cannot be billed\n        to anyone, and raises.",
        "Who pays.").replace("Events without a ``user`` are attributed to this account.",
                             "Orders without a ``user`` are rejected by the billing run.")
    assert refused_key_sentence(_analysis(tmp_path, source)) is not None


def test_words_that_refuse_nothing_change_nothing(tmp_path: Path) -> None:
    source = ORDERS.replace(
        "An order without a user cannot be billed\n        to anyone, and raises.",
        "The partner never sends a user for gift orders.")
    analysis = _analysis(tmp_path, source)
    assert refused_key_sentence(analysis) is None
    assert respect_refused_key(_candidates(), analysis) == _candidates()
