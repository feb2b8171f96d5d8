"""The pure rules: merge policy, recurrence watch and CI webhook parsing."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta

import pytest

from bugstack.deliver.forge import CheckResult, ChecksReport, CheckState
from bugstack.deliver.model import ForgeKind, MergePolicy
from bugstack.deliver.policy import merge_decision
from bugstack.deliver.recurrence import (
    Recurrence,
    first_release_with_fix,
    recurrence_of,
    resolution_due,
)
from bugstack.deliver.webhooks import CiSignal, parse_ci_webhook, verify_webhook
from bugstack.domain import FixProposal, FixStatus

GREEN = ChecksReport("abc", (CheckResult("tests", CheckState.SUCCESS),
                             CheckResult("lint", CheckState.SUCCESS)))


def _proposal(status: FixStatus = FixStatus.FIXED, safe: bool = True) -> FixProposal:
    return FixProposal(status=status, patch="p", regression_test_path=None,
                       regression_test=None, explanation="", strategy=None, safe=safe)


def test_auto_merge_needs_verified_safe_and_all_green() -> None:
    assert merge_decision(MergePolicy.AUTO_MERGE, _proposal(), GREEN).merge
    refusals = {
        "review": merge_decision(MergePolicy.REVIEW, _proposal(), GREEN),
        "unverified": merge_decision(MergePolicy.AUTO_MERGE,
                                     _proposal(FixStatus.UNVERIFIED), GREEN),
        "unsafe": merge_decision(MergePolicy.AUTO_MERGE, _proposal(safe=False), GREEN),
        "no checks": merge_decision(MergePolicy.AUTO_MERGE, _proposal(), ChecksReport("abc")),
        "one pending": merge_decision(MergePolicy.AUTO_MERGE, _proposal(), ChecksReport(
            "abc", (*GREEN.checks, CheckResult("deploy-preview", CheckState.PENDING)))),
    }
    assert {name: d.merge for name, d in refusals.items()} == dict.fromkeys(refusals, False)
    assert "deploy-preview" in refusals["one pending"].reason


def test_check_states_combine_failure_first() -> None:
    report = ChecksReport("abc", (CheckResult("a", CheckState.PENDING),
                                  CheckResult("b", CheckState.FAILURE, "boom", "http://ci/b")))
    assert report.state is CheckState.FAILURE
    assert report.failure_output() == "## b (http://ci/b)\nboom"
    assert ChecksReport("abc").state is CheckState.NONE


FIX = "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d"


def test_recurrence_is_a_regression_only_from_a_release_with_the_fix() -> None:
    releases = {"1.0": {"aaaa111", "bbbb222"}, "1.1": {"aaaa111", "bbbb222", FIX}}
    assert recurrence_of(FIX, "1.1", releases) is Recurrence.REGRESSED
    assert recurrence_of(FIX, "1.0", releases) is Recurrence.NOT_DEPLOYED
    assert recurrence_of(FIX, "2.0", releases) is Recurrence.UNKNOWN_RELEASE
    assert recurrence_of(FIX, None, releases) is Recurrence.UNKNOWN_RELEASE
    # Ancestry given as abbreviated ids still matches; a too-short prefix does not.
    assert recurrence_of(FIX, "s", {"s": {FIX[:7]}}) is Recurrence.REGRESSED
    assert recurrence_of(FIX, "s", {"s": {FIX[:4]}}) is Recurrence.NOT_DEPLOYED
    ordered = [("1.0", releases["1.0"]), ("1.1", releases["1.1"]), ("1.2", {FIX})]
    assert first_release_with_fix(FIX, ordered) == "1.1"
    assert first_release_with_fix(FIX, ordered[:1]) is None


def test_resolved_after_a_quiet_period_without_regression() -> None:
    since = datetime(2026, 1, 1, tzinfo=UTC)
    week = timedelta(days=7)
    assert resolution_due(since, False, since + week, week)
    assert not resolution_due(since, False, since + week - timedelta(seconds=1), week)
    assert not resolution_due(since, True, since + 2 * week, week)
    assert not resolution_due(None, False, since + 2 * week, week)


def _sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_webhook_signatures_per_forge() -> None:
    body = json.dumps({"sha": "abc"}).encode()
    assert verify_webhook(ForgeKind.GITHUB, {"X-Hub-Signature-256": f"sha256={_sign('s', body)}"},
                          body, "s")
    assert not verify_webhook(ForgeKind.GITHUB, {"X-Hub-Signature-256": _sign("s", body)},
                              body, "s")
    assert verify_webhook(ForgeKind.GITEA, {"X-Gitea-Signature": _sign("s", body)}, body, "s")
    assert verify_webhook(ForgeKind.GITEA, {"X-Forgejo-Signature": _sign("s", body)}, body, "s")
    assert not verify_webhook(ForgeKind.GITEA, {"X-Gitea-Signature": _sign("t", body)}, body, "s")
    assert verify_webhook(ForgeKind.GITLAB, {"X-Gitlab-Token": "s"}, body, "s")
    assert not verify_webhook(ForgeKind.GITLAB, {}, body, "s")
    assert not verify_webhook(ForgeKind.PLAIN, {}, body, "s")


@pytest.mark.parametrize(("kind", "headers", "payload", "expected"), [
    (ForgeKind.GITHUB, {"X-GitHub-Event": "check_run"},
     {"action": "completed", "check_run": {"head_sha": "abc", "status": "completed",
                                           "conclusion": "failure"}}, CiSignal("abc", True)),
    (ForgeKind.GITHUB, {"X-GitHub-Event": "check_suite"},
     {"check_suite": {"head_sha": "abc", "status": "in_progress"}}, CiSignal("abc", False)),
    (ForgeKind.GITHUB, {"X-GitHub-Event": "status"}, {"sha": "abc", "state": "success"},
     CiSignal("abc", True)),
    (ForgeKind.GITHUB, {"X-GitHub-Event": "push"}, {"after": "abc"}, None),
    (ForgeKind.GITHUB, {"X-GitHub-Event": "check_run"}, {"check_run": "junk"}, None),
    (ForgeKind.GITLAB, {"X-Gitlab-Event": "Pipeline Hook"},
     {"object_kind": "pipeline", "object_attributes": {"sha": "abc", "status": "failed"}},
     CiSignal("abc", True)),
    (ForgeKind.GITLAB, {"X-Gitlab-Event": "Pipeline Hook"},
     {"object_attributes": {"sha": "abc", "status": "running"}}, CiSignal("abc", False)),
    (ForgeKind.GITLAB, {"X-Gitlab-Event": "Job Hook"},
     {"object_kind": "build", "sha": "abc", "build_status": "success"}, CiSignal("abc", True)),
    (ForgeKind.GITLAB, {"X-Gitlab-Event": "Merge Request Hook"}, {"object_attributes": {}},
     None),
    (ForgeKind.GITEA, {"X-Gitea-Event": "status"}, {"sha": "abc", "state": "failure"},
     CiSignal("abc", True)),
    (ForgeKind.GITEA, {"X-Forgejo-Event": "workflow_run"},
     {"workflow_run": {"head_sha": "abc", "status": "completed"}}, CiSignal("abc", True)),
])
def test_ci_webhook_payloads(
    kind: ForgeKind, headers: dict[str, str], payload: dict[str, object],
    expected: CiSignal | None,
) -> None:
    assert parse_ci_webhook(kind, headers, payload) == expected


def test_delivery_survives_a_json_round_trip() -> None:
    from bugstack.deliver import Delivery, DeliveryState

    delivery = Delivery(branch="bugstack/1-x", commit="abc", state=DeliveryState.GAVE_UP,
                        pr_number=3, pr_url="http://f/pr/3", attempts=2, merge_commit=None,
                        failure_output="boom", notes=["one", "two"])
    assert Delivery.from_json(json.loads(json.dumps(delivery.to_json()))) == delivery


def test_forge_for_picks_the_client_or_explains_what_is_missing() -> None:
    from bugstack.deliver import Credentials, DeliveryError, DeliveryTarget, forge_for
    from bugstack.deliver.forges.gitea import GiteaForge
    from bugstack.deliver.forges.github import GitHubForge
    from bugstack.deliver.forges.gitlab import GitLabForge

    assert forge_for(DeliveryTarget(repository="r")) is None
    made = []
    for kind, cls, url in ((ForgeKind.GITHUB, GitHubForge, None),
                           (ForgeKind.GITLAB, GitLabForge, None),
                           (ForgeKind.GITEA, GiteaForge, "http://127.0.0.1:3000")):
        forge = forge_for(DeliveryTarget(repository="r", forge=kind, forge_repo="a/b",
                                         forge_url=url, credentials=Credentials(token="t")))
        assert isinstance(forge, cls)
        made.append(forge)
    for forge in made:
        assert forge is not None
        forge.close()
    with pytest.raises(DeliveryError, match="owner/name"):
        forge_for(DeliveryTarget(repository="r", forge=ForgeKind.GITHUB))
    with pytest.raises(DeliveryError, match="server URL"):
        forge_for(DeliveryTarget(repository="r", forge=ForgeKind.GITEA, forge_repo="a/b"))


def test_credentials_never_show_the_token() -> None:
    from bugstack.deliver import Credentials

    assert "s3cret" not in repr(Credentials(token="s3cret"))
