"""Hourly job: apply the replies our SMS provider received since the last run.

    python -m smsdesk.process_replies inbound.csv --consent consent.json \
        --outbox outbox.jsonl --support support.jsonl

inbound.csv is the provider's export: received_at, from, body, media_urls (space-separated;
an MMS may carry pictures and no text). Opt-outs and opt-ins update the consent file and
are confirmed by text; help requests get HELP_TEXT; everything else is forwarded to the
support inbox with its pictures.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from smsdesk.keywords import (
    FOR_SUPPORT,
    HELP,
    HELP_TEXT,
    OPT_IN,
    OPT_IN_TEXT,
    OPT_OUT,
    OPT_OUT_TEXT,
    classify,
)


@dataclass(frozen=True)
class Reply:
    received_at: str
    sender: str
    body: str
    media: tuple[str, ...]


def read_replies(path: Path) -> list[Reply]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            Reply(row["received_at"], row["from"], row["body"], tuple((row.get("media_urls") or "").split()))
            for row in csv.DictReader(handle)
        ]


def load_consent(path: Path) -> dict[str, dict[str, object]]:
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def _append(path: Path, records: list[dict[str, object]]) -> None:
    with path.open("a", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")


def process(replies: list[Reply], consent: dict[str, dict[str, object]]) -> tuple[Counter[str], list[dict[str, object]], list[dict[str, object]]]:
    """Counts by kind, texts to send back, and messages for the support inbox."""
    counts: Counter[str] = Counter()
    outbox: list[dict[str, object]] = []
    support: list[dict[str, object]] = []
    for reply in replies:
        kind = classify(reply.body)
        counts[kind] += 1
        if kind == OPT_OUT:
            consent[reply.sender] = {"subscribed": False, "changed_at": reply.received_at}
            outbox.append({"to": reply.sender, "text": OPT_OUT_TEXT})
        elif kind == OPT_IN:
            consent[reply.sender] = {"subscribed": True, "changed_at": reply.received_at}
            outbox.append({"to": reply.sender, "text": OPT_IN_TEXT})
        elif kind == HELP:
            outbox.append({"to": reply.sender, "text": HELP_TEXT})
        elif kind == FOR_SUPPORT:
            support.append({
                "from": reply.sender,
                "received_at": reply.received_at,
                "text": reply.body,
                "media": list(reply.media),
            })
    return counts, outbox, support


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inbound", type=Path)
    parser.add_argument("--consent", type=Path, required=True)
    parser.add_argument("--outbox", type=Path, required=True)
    parser.add_argument("--support", type=Path, required=True)
    args = parser.parse_args(argv)

    consent = load_consent(args.consent)
    counts, outbox, support = process(read_replies(args.inbound), consent)
    args.consent.write_text(json.dumps(consent, indent=2, sort_keys=True), encoding="utf-8")
    _append(args.outbox, outbox)
    _append(args.support, support)
    summary = ", ".join(f"{kind} {counts[kind]}" for kind in (OPT_OUT, OPT_IN, HELP, FOR_SUPPORT))
    print(f"{sum(counts.values())} replies: {summary}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
