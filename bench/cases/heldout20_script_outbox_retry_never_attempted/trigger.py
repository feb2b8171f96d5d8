"""Cron runs the retry job a minute after the web app queued a fresh delivery."""

import json
import tempfile
from pathlib import Path

from relay.retry import main

lines = [
    {"id": "dlv_80", "url": "https://hooks.example.com/shop", "body": {"event": "order.paid"},
     "queued_at": "2024-05-02T09:00:00+00:00", "attempts": ["2024-05-02T09:00:01+00:00"], "status": "delivered"},
    {"id": "dlv_81", "url": "https://hooks.example.com/erp", "body": {"event": "order.paid"},
     "queued_at": "2024-05-02T10:00:00+00:00", "attempts": [], "status": "pending"},
]
path = Path(tempfile.mkdtemp()) / "outbox.jsonl"
path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
main([str(path), "--dry-run"])
