import io
from pathlib import Path

import pytest
from zoneaudit.cli import main, zone_name
from zoneaudit.rules import audit
from zoneaudit.zonefile import ZoneError, parse

ZONE = """\
$TTL 3600
@        3600  IN SOA ns1.example.com. hostmaster.example.com. 2024051401 7200 900 1209600 300
@        86400 IN NS  ns1.example.com.
@        86400 IN NS  ns2.example.com.
@        3600  IN MX  10 mail.example.com.
www      300   IN A   192.0.2.10
; the shop moves next week
shop     60    IN CNAME shops.provider.example.
$ORIGIN  eu.example.com.
api      3600  in aaaa 2001:db8::10
"""


def test_parse_names_and_ttls() -> None:
    zone = parse(ZONE, "example.com")
    assert zone.origin == "example.com."
    assert zone.default_ttl == 3600
    assert [(r.name, r.ttl, r.rtype) for r in zone.records][-3:] == [
        ("www.example.com.", 300, "A"),
        ("shop.example.com.", 60, "CNAME"),
        ("api.eu.example.com.", 3600, "AAAA"),
    ]


def test_audit_flags_short_ttl_and_missing_dot() -> None:
    zone = parse(ZONE + "docs 3600 IN CNAME readthedocs.io\ndocs 3600 IN TXT x\n", "example.com.")
    assert [str(f) for f in audit(zone)] == [
        "shop.example.com. CNAME: TTL 60 is below 300",
        "docs.eu.example.com. CNAME: target readthedocs.io has no trailing dot",
        "docs.eu.example.com. TXT: shares its name with a CNAME",
    ]


def test_unreadable_line() -> None:
    with pytest.raises(ZoneError):
        parse("www 300 IN\n", "example.com.")


def test_zone_name_from_file_name() -> None:
    assert zone_name(Path("zones/db.example.com")) == "example.com."
    assert zone_name(Path("example.org.zone")) == "example.org."


def test_main_reports_and_exits(tmp_path: Path) -> None:
    path = tmp_path / "db.example.com"
    path.write_text(ZONE, encoding="utf-8")
    out = io.StringIO()
    assert main([str(path)], out) == 1
    assert out.getvalue().splitlines() == [
        "example.com. (7 records, default TTL 3600)",
        "  shop.example.com. CNAME: TTL 60 is below 300",
        "1 finding(s)",
    ]


def test_main_clean_zone(tmp_path: Path) -> None:
    path = tmp_path / "example.org.zone"
    path.write_text("@ 86400 IN NS ns1.example.org.\nwww 3600 IN A 192.0.2.1\n", encoding="utf-8")
    out = io.StringIO()
    assert main([str(path)], out) == 0
    assert "default TTL none" in out.getvalue()
