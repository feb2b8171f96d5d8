"""What the nightly audit flags."""

from __future__ import annotations

from dataclasses import dataclass

from zoneaudit.zonefile import Record, Zone

#: Below this, resolvers hammer our name servers; only records being migrated go lower.
MIN_TTL = 300
#: Above this a mistake takes more than a day to undo.
MAX_TTL = 86_400
#: Record types that must point at a name, never at an address.
NAME_TARGETS = {"CNAME", "MX", "NS"}


@dataclass(frozen=True)
class Finding:
    record: Record
    problem: str

    def __str__(self) -> str:
        return f"{self.record.name} {self.record.rtype}: {self.problem}"


def check_record(record: Record) -> list[Finding]:
    found = []
    if record.ttl < MIN_TTL:
        found.append(Finding(record, f"TTL {record.ttl} is below {MIN_TTL}"))
    elif record.ttl > MAX_TTL:
        found.append(Finding(record, f"TTL {record.ttl} is above {MAX_TTL}"))
    if record.rtype in NAME_TARGETS and record.rdata and not record.rdata[-1].endswith("."):
        found.append(Finding(record, f"target {record.rdata[-1]} has no trailing dot"))
    return found


def audit(zone: Zone) -> list[Finding]:
    findings = [finding for record in zone.records for finding in check_record(record)]
    cnames = {r.name for r in zone.records if r.rtype == "CNAME"}
    for record in zone.records:
        if record.name in cnames and record.rtype != "CNAME":
            findings.append(Finding(record, "shares its name with a CNAME"))
    return findings
