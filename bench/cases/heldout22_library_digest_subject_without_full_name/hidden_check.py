from datetime import datetime, timedelta

from digest.builder import build_digest
from digest.models import Member, Notification

NOW = datetime(2024, 5, 10, 7, 0)
ME = Member(1, "dana", "dana@example.com", "Dana Cole")
ANN = Member(2, "ann_lee", "ann@example.com", "Ann Lee")
BOB = Member(3, "bstone", "bob@example.com", "Bob Stone")
NEW = Member(7, "crumb_queen", "cq@example.com")
OTHER_NEW = Member(8, "rye_guy", "rg@example.com")


def note(actor: Member, hours_ago: float, kind: str = "reply") -> Notification:
    return Notification(ME.id, actor, kind, "Sourdough starters", NOW - timedelta(hours=hours_ago))


def test_sender_without_full_name_is_named_by_username() -> None:
    digest = build_digest(ME, [note(NEW, 1), note(ANN, 9, "mention")], NOW)
    assert digest.subject == "New activity from crumb_queen and Ann Lee"
    assert digest.lines[0] == "crumb_queen replied to Sourdough starters"


def test_only_sender_without_full_name() -> None:
    assert build_digest(ME, [note(NEW, 1)], NOW).subject == "New activity from crumb_queen"


def test_unnamed_senders_are_each_counted() -> None:
    digest = build_digest(ME, [note(ANN, 1), note(NEW, 2), note(OTHER_NEW, 3), note(BOB, 4), note(NEW, 5)], NOW)
    assert digest.subject == "New activity from Ann Lee, crumb_queen and 2 others"
    digest = build_digest(ME, [note(NEW, 1), note(OTHER_NEW, 2)], NOW)
    assert digest.subject == "New activity from crumb_queen and rye_guy"
