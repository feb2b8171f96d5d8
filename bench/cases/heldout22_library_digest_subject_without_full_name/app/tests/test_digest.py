from datetime import datetime, timedelta

from digest.builder import MAX_LINES, build_digest
from digest.models import Member, Notification, display_name

NOW = datetime(2024, 5, 10, 7, 0)
ME = Member(1, "dana", "dana@example.com", "Dana Cole")
ANN = Member(2, "ann_lee", "ann@example.com", "Ann Lee")
BOB = Member(3, "bstone", "bob@example.com", "Bob Stone")
CY = Member(4, "cy", "cy@example.com", "Cy Young")
DI = Member(5, "di", "di@example.com", "Di Prince")


def note(actor: Member, hours_ago: float, kind: str = "reply", **extra) -> Notification:
    return Notification(ME.id, actor, kind, "Sourdough starters", NOW - timedelta(hours=hours_ago), **extra)


def test_display_name() -> None:
    assert display_name(ANN) == "Ann Lee"
    assert display_name(Member(9, "newbie", "n@example.com")) == "newbie"


def test_one_sender() -> None:
    digest = build_digest(ME, [note(ANN, 2), note(ANN, 3, "like")], NOW)
    assert digest.to == "dana@example.com"
    assert digest.subject == "New activity from Ann Lee"
    assert digest.lines == ["Ann Lee replied to Sourdough starters", "Ann Lee liked your post in Sourdough starters"]


def test_two_senders_most_recent_first() -> None:
    digest = build_digest(ME, [note(ANN, 5), note(BOB, 1, "mention")], NOW)
    assert digest.subject == "New activity from Bob Stone and Ann Lee"


def test_many_senders() -> None:
    digest = build_digest(ME, [note(ANN, 1), note(BOB, 2), note(CY, 3), note(DI, 4)], NOW)
    assert digest.subject == "New activity from Ann Lee, Bob Stone and 2 others"


def test_read_old_and_others_skipped() -> None:
    other = Notification(99, ANN, "reply", "x", NOW)
    assert build_digest(ME, [note(ANN, 30), note(BOB, 1, read=True), other], NOW) is None


def test_long_digest() -> None:
    digest = build_digest(ME, [note(ANN, h / 2) for h in range(MAX_LINES + 3)], NOW)
    assert len(digest.lines) == MAX_LINES + 1
    assert digest.lines[-1] == "... and 3 more"
