"""A message formatted from a None value returns the message the documentation gives for
that case; nothing when the documentation has no such example, or does not tie it to the
value being missing."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.documented_messages import DocumentedMessageForNone
from tests.repair.crash_sites import crash_at

MESSAGES = '''
    """Chat lines for pull requests.

    - opened: "PR #12 opened by ana: Fix login"
    - closed: "PR #12 merged by bo: Fix login" when merged, and
      "PR #12 closed without merging: Fix login" when not (merged_by is null)
    """


    def announcement(pull: dict) -> str | None:
        head = f"PR #{pull['number']}"
        if pull["action"] == "opened":
            return f"{head} opened by {pull['user']['login']}: {pull['title']}"
        return f"{head} merged by {pull['merged_by']['login']}: {pull['title']}"
'''

PULL = {"action": "'closed'", "merged_by": "None", "number": "87", "title": "'Cache'",
        "user": {"login": "'mira'"}}


def _edits(tmp_path: Path, source: str = MESSAGES) -> list[str]:
    site, analysis = crash_at(tmp_path, {"m.py": source}, "m.py", "merged by {pull",
                              "TypeError", "'NoneType' object is not subscriptable",
                              {"pull": PULL, "head": "'PR #87'"})
    return [c.edits["m.py"] for c in DocumentedMessageForNone().propose(site, analysis)]


def test_the_documented_message_answers_the_none(tmp_path: Path) -> None:
    (edit,) = _edits(tmp_path)
    assert edit == textwrap.dedent(MESSAGES).lstrip("\n").replace(
        "    return f\"{head} merged by",
        "    if pull['merged_by'] is None:\n"
        "        return f\"{head} closed without merging: {pull['title']}\"\n"
        "    return f\"{head} merged by")
    namespace: dict[str, object] = {}
    exec(edit, namespace)
    pull = {"action": "closed", "merged_by": None, "number": 87, "title": "Cache"}
    assert namespace["announcement"](pull) == "PR #87 closed without merging: Cache"  # type: ignore[operator]


def test_no_example_or_one_not_about_the_missing_value_gets_nothing(tmp_path: Path) -> None:
    no_example = MESSAGES.replace(
        ', and\n      "PR #12 closed without merging: Fix login" when not (merged_by is null)', "")
    assert _edits(tmp_path / "none", no_example) == []
    unrelated = MESSAGES.replace("when not (merged_by is null)", "for drafts")
    assert _edits(tmp_path / "unrelated", unrelated) == []


def test_a_case_told_by_a_value_the_function_never_reads_gets_nothing(
        tmp_path: Path) -> None:
    # The closed-without-merging message is for a pull whose ``state`` says so; the
    # function never reads ``state``, so a None merger alone does not tell that case.
    by_state = MESSAGES.replace("when not (merged_by is null)",
                                "when its ``state`` is \"unmerged\" (``merged_by`` is null)")
    assert _edits(tmp_path / "state", by_state) == []
    # Naming only what the function reads keeps the message.
    read = MESSAGES.replace("when not (merged_by is null)", "when not (``merged_by`` is null)")
    assert len(_edits(tmp_path / "read", read)) == 1
