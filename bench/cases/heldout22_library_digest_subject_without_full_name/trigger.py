"""The 07:00 digest run reaches a member whose replies came partly from a new member."""

from datetime import datetime

from digest.builder import build_digest
from digest.models import Member, Notification

me = Member(1, "dana", "dana@example.com", "Dana Cole")
ann = Member(2, "ann_lee", "ann@example.com", "Ann Lee")
newcomer = Member(7, "crumb_queen", "cq@example.com")
build_digest(
    me,
    [
        Notification(1, newcomer, "reply", "Sourdough starters", datetime(2024, 5, 10, 6, 10)),
        Notification(1, ann, "mention", "Rye ratios", datetime(2024, 5, 9, 21, 40)),
    ],
    datetime(2024, 5, 10, 7, 0),
)
