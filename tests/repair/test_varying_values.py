"""A regression test does not pin what changes from run to run: a value a second run of
the reproduction answers differently (a random token, an expiry computed from the clock)
is asserted by its type, the rest exactly."""

from __future__ import annotations

from bugstack.repair.reproduce import Outcome, Scenario, render_regression_test
from bugstack.repair.reproduce.clock_values import typed_checks


def test_only_the_leaves_that_differ_lose_their_exact_check() -> None:
    first = {"token": "sM0Wox", "expires_at": "2027-01-02T09:00:00+00:00", "user": "ana"}
    second = {"token": "oTPIZ5", "expires_at": "2027-01-02T09:00:07+00:00", "user": "ana"}
    assert typed_checks("result", first, again=second) == [
        ("sorted(result)", "==", "['expires_at', 'token', 'user']"),
        ("type(result['token']).__name__", "==", "'str'"),
        ("type(result['expires_at']).__name__", "==", "'str'"),
        ("result['user']", "==", "'ana'"),
    ]
    # The same answer twice: one exact check, as before.
    assert typed_checks("result", {"user": "ana"}, again={"user": "ana"}) == [
        ("result", "==", "{'user': 'ana'}")]


def test_a_returned_value_that_varies_is_asserted_by_type() -> None:
    scenario = Scenario("call", "accounts.sign_in()", imports={"from accounts import sign_in"},
                        action=["result = sign_in('ana')"])
    outcome = Outcome(ran=True, value={"repr": "{'token': 'abc', 'user': 'ana'}", "type": "dict"})
    again = Outcome(ran=True, value={"repr": "{'token': 'xyz', 'user': 'ana'}", "type": "dict"})
    test = render_regression_test(scenario, outcome, "sign_in", "remember me", again=again)
    assert "assert type(result['token']).__name__ == 'str'" in test
    assert "assert result['user'] == 'ana'" in test
    assert "'abc'" not in test
    opaque = Outcome(ran=True, value={"repr": "<Session abc>", "type": "Session"})
    test = render_regression_test(scenario, opaque, "sign_in", "remember me", again=Outcome(
        ran=True, value={"repr": "<Session xyz>", "type": "Session"}))
    assert "assert type(result).__name__ == 'Session'" in test and "abc" not in test
    # Without a second run (or with the same answer) the exact check stays.
    test = render_regression_test(scenario, outcome, "sign_in", "remember me")
    assert "assert result == {'token': 'abc', 'user': 'ana'}" in test
