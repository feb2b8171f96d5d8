"""The nightly job audits the zone files checked out from the infra repository."""

import tempfile
from pathlib import Path

from zoneaudit.cli import main

checkout = Path(tempfile.mkdtemp(prefix="infra-dns-"))
(checkout / "db.harbourgazette.example").write_text(
    """\
; harbourgazette.example - edited by hand, keep the serial current
$TTL 3600
@       IN SOA  ns1 hostmaster 2024051402 7200 900 1209600 300
@       86400 IN NS  ns1.harbourgazette.example.
@       86400 IN NS  ns2.dnsprovider.example.
@       IN MX   10 mx1.mailhost.example.
@       IN MX   20 mx2.mailhost.example.
www     300 IN A    203.0.113.40
cdn     IN CNAME    harbourgazette.cdnprovider.example.
""",
    encoding="utf-8",
)
main([str(checkout / "db.harbourgazette.example")])
