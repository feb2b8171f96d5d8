import csv
import json
from pathlib import Path

from auditexport.export import main

DIRECTORY = {
    "users": {"17": {"email": "ann@acme.test"}, "18": {"email": "bob@acme.test"}},
    "api_keys": {"3": {"name": "CI deploy"}, "4": {"name": "Zapier"}},
}

LOG = [
    {"at": "2024-05-02T09:14:03Z", "actor": "17", "action": "member.invited", "target": "cat@acme.test"},
    {"at": "2024-05-02T11:40:00Z", "actor": "key:3", "action": "project.deployed", "target": "Website"},
    {"at": "2024-05-01T08:00:00Z", "actor": "key:4", "action": "project.created", "target": "Zap board"},
    {"at": "2024-05-03T10:00:00Z", "actor": "18", "action": "key.revoked", "target": "Zapier"},
]


def test_api_key_actions_are_exported_under_the_key_name(tmp_path: Path, capsys) -> None:
    log = tmp_path / "audit.jsonl"
    log.write_text("\n".join(json.dumps(e) for e in LOG) + "\n", encoding="utf-8")
    directory = tmp_path / "directory.json"
    directory.write_text(json.dumps(DIRECTORY), encoding="utf-8")
    out = tmp_path / "audit.csv"
    assert main(["--log", str(log), "--directory", str(directory), "--out", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["at", "actor", "action", "target"],
        ["2024-05-01T08:00:00Z", 'API key "Zapier"', "project.created", "Zap board"],
        ["2024-05-02T09:14:03Z", "ann@acme.test", "member.invited", "cat@acme.test"],
        ["2024-05-02T11:40:00Z", 'API key "CI deploy"', "project.deployed", "Website"],
        ["2024-05-03T10:00:00Z", "bob@acme.test", "key.revoked", "Zapier"],
    ]
    assert "exported 4 audit entries" in capsys.readouterr().out
