"""The hourly cron run; a customer replied to a delivery alert with only a photo."""

import tempfile
from pathlib import Path

from smsdesk.process_replies import main

work = Path(tempfile.mkdtemp(prefix="smsdesk-"))
inbound = work / "inbound.csv"
inbound.write_text(
    "received_at,from,body,media_urls\n"
    "2024-05-02T09:00:00Z,+447700900011,STOP,\n"
    "2024-05-02T09:02:00Z,+447700900012,,https://mms.example/m/8812/IMG_0042.jpg\n"
    "2024-05-02T09:04:00Z,+447700900013,Thanks!,\n",
    encoding="utf-8",
)
main([
    str(inbound),
    "--consent", str(work / "consent.json"),
    "--outbox", str(work / "outbox.jsonl"),
    "--support", str(work / "support.jsonl"),
])
