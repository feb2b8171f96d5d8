"""Reading BIND-style master zone files (RFC 1035 section 5), the subset we use.

One record per line: ``owner [ttl] [class] type rdata...``. ``@`` is the origin, a name
without a trailing dot is relative to it. ``$ORIGIN`` and ``$TTL`` directives set the
origin and the default TTL for the lines after them; ``;`` starts a comment. No
parentheses: our SOA records are written on one line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CLASSES = frozenset({"IN", "CH", "HS"})


class ZoneError(ValueError):
    """A line the auditor cannot read."""


@dataclass(frozen=True)
class Record:
    name: str
    #: Seconds. A record line may leave out its TTL; it then has the $TTL in force at
    #: that line.
    ttl: int
    rclass: str
    rtype: str
    rdata: tuple[str, ...]


@dataclass
class Zone:
    origin: str
    #: The first $TTL of the file, shown in the report; None when the file sets none.
    default_ttl: int | None = None
    records: list[Record] = field(default_factory=list)


def absolute(name: str, origin: str) -> str:
    if name == "@":
        return origin
    if name.endswith("."):
        return name.lower()
    return f"{name}.{origin}".lower()


def parse(text: str, origin: str) -> Zone:
    """The records of a zone file; ``origin`` is the zone's name, e.g. ``example.com.``."""
    zone = Zone(origin=absolute(origin if origin.endswith(".") else origin + ".", "."))
    current_origin = zone.origin
    current_ttl: int | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        if fields[0] == "$ORIGIN":
            current_origin = absolute(fields[1], zone.origin)
            continue
        if fields[0] == "$TTL":
            current_ttl = int(fields[1])
            if zone.default_ttl is None:
                zone.default_ttl = current_ttl
            continue
        if len(fields) < 4:
            raise ZoneError(f"line {number}: expected owner, ttl, class, type and data")
        name, ttl, rclass, rtype, *rdata = fields
        record = Record(
            absolute(name, current_origin), int(ttl), rclass.upper(), rtype.upper(), tuple(rdata)
        )
        if record.rclass not in CLASSES:
            raise ZoneError(f"line {number}: unknown class {rclass!r}")
        zone.records.append(record)
    return zone
