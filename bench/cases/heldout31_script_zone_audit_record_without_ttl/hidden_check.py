import io
from pathlib import Path

from zoneaudit.cli import main
from zoneaudit.rules import audit
from zoneaudit.zonefile import parse

ZONE = """\
$TTL 3600
@       IN SOA  ns1 hostmaster 2024051402 7200 900 1209600 300
@       86400 IN NS  ns1.harbourgazette.example.
@       IN MX   10 mx1.mailhost.example.
www     300 IN A    203.0.113.40
cdn     IN CNAME    harbourgazette.cdnprovider.example.
$TTL 60
beta    IN A        203.0.113.77
"""


def test_records_without_ttl_take_the_ttl_in_force() -> None:
    zone = parse(ZONE, "harbourgazette.example.")
    assert [(r.name, r.ttl, r.rclass, r.rtype, r.rdata) for r in zone.records] == [
        (
            "harbourgazette.example.",
            3600,
            "IN",
            "SOA",
            (
                "ns1",
                "hostmaster",
                "2024051402",
                "7200",
                "900",
                "1209600",
                "300",
            ),
        ),
        ("harbourgazette.example.", 86400, "IN", "NS", ("ns1.harbourgazette.example.",)),
        ("harbourgazette.example.", 3600, "IN", "MX", ("10", "mx1.mailhost.example.")),
        ("www.harbourgazette.example.", 300, "IN", "A", ("203.0.113.40",)),
        (
            "cdn.harbourgazette.example.",
            3600,
            "IN",
            "CNAME",
            ("harbourgazette.cdnprovider.example.",),
        ),
        ("beta.harbourgazette.example.", 60, "IN", "A", ("203.0.113.77",)),
    ]
    assert zone.default_ttl == 3600


def test_audit_judges_inherited_ttls() -> None:
    zone = parse(ZONE, "harbourgazette.example.")
    assert [str(f) for f in audit(zone)] == ["beta.harbourgazette.example. A: TTL 60 is below 300"]


def test_nightly_run(tmp_path: Path) -> None:
    path = tmp_path / "db.harbourgazette.example"
    path.write_text(ZONE.split("$TTL 60")[0], encoding="utf-8")
    out = io.StringIO()
    assert main([str(path)], out) == 0
    assert out.getvalue().splitlines() == [
        "harbourgazette.example. (5 records, default TTL 3600)",
        "0 finding(s)",
    ]
