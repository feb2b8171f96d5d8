import csv
import json
from pathlib import Path

from auditexport.export import main

DIRECTORY = {
    "users": {"17": {"email": "ann@acme.test"}, "18": {"email": "bob@acme.test"}},
    "api_keys": {"3": {"name": "CI deploy"}},
}

LOG = [
    {"at": "2024-04-30T23:59:00Z", "actor": "17", "action": "workspace.renamed", "target": "Acme"},
    {"at": "2024-05-02T09:14:03Z", "actor": "17", "action": "member.invited", "target": "cat@acme.test"},
    {"at": "2024-05-01T08:00:00Z", "actor": "18", "action": "project.created", "target": "Website"},
    {"at": "2024-05-03T10:00:00Z", "actor": "21", "action": "project.deleted", "target": "Old site"},
]


def write_inputs(tmp_path: Path) -> tuple[Path, Path]:
    log = tmp_path / "audit.jsonl"
    log.write_text("\n".join(json.dumps(e) for e in LOG) + "\n\n", encoding="utf-8")
    directory = tmp_path / "directory.json"
    directory.write_text(json.dumps(DIRECTORY), encoding="utf-8")
    return log, directory


def test_export_since(tmp_path: Path, capsys) -> None:
    log, directory = write_inputs(tmp_path)
    out = tmp_path / "audit.csv"
    assert main(["--log", str(log), "--directory", str(directory), "--out", str(out), "--since", "2024-05-01"]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["at", "actor", "action", "target"],
        ["2024-05-01T08:00:00Z", "bob@acme.test", "project.created", "Website"],
        ["2024-05-02T09:14:03Z", "ann@acme.test", "member.invited", "cat@acme.test"],
        ["2024-05-03T10:00:00Z", "former member #21", "project.deleted", "Old site"],
    ]
    assert "exported 3 audit entries" in capsys.readouterr().out


def test_export_everything(tmp_path: Path) -> None:
    log, directory = write_inputs(tmp_path)
    out = tmp_path / "audit.csv"
    main(["--log", str(log), "--directory", str(directory), "--out", str(out)])
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
