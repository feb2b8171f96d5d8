"""The monthly compliance export runs for a workspace whose CI deploys through an API key."""

import json
import tempfile
from pathlib import Path

from auditexport.export import main

work = Path(tempfile.mkdtemp(prefix="audit-export-"))
(work / "directory.json").write_text(
    json.dumps(
        {
            "users": {"17": {"email": "ann@acme.test"}},
            "api_keys": {"3": {"name": "CI deploy"}},
        }
    ),
    encoding="utf-8",
)
(work / "audit.jsonl").write_text(
    "\n".join(
        json.dumps(entry)
        for entry in [
            {"at": "2024-05-02T09:14:03Z", "actor": "17", "action": "member.invited", "target": "cat@acme.test"},
            {"at": "2024-05-02T11:40:00Z", "actor": "key:3", "action": "project.deployed", "target": "Website"},
        ]
    )
    + "\n",
    encoding="utf-8",
)
main(
    [
        "--log", str(work / "audit.jsonl"),
        "--directory", str(work / "directory.json"),
        "--out", str(work / "audit.csv"),
        "--since", "2024-05-01",
    ]
)
