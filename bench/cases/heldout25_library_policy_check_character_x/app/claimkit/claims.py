"""The monthly claim to an insurer: one line per billed visit of its patients."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from claimkit.policy import is_valid, normalise


class InvalidPolicy(Exception):
    """A visit's policy number fails its check; the front desk must correct the
    patient's card details before the claim can go out."""

    def __init__(self, patient: str, policy: str) -> None:
        super().__init__(f"policy number {policy!r} of {patient} fails its check")
        self.patient = patient
        self.policy = policy


@dataclass(frozen=True)
class Visit:
    patient: str
    insurer: str
    policy: str
    day: date
    tariff_code: str
    amount: Decimal


@dataclass(frozen=True)
class ClaimLine:
    policy: str
    day: date
    tariff_code: str
    amount: Decimal


@dataclass
class Claim:
    insurer: str
    lines: list[ClaimLine] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))


def build_claim(insurer: str, visits: list[Visit]) -> Claim:
    """The claim for ``insurer``: its patients' visits in date order, policy numbers in
    their normalised form. Raises InvalidPolicy for the first visit whose policy number
    fails its check."""
    claim = Claim(insurer)
    for visit in sorted(visits, key=lambda v: v.day):
        if visit.insurer != insurer:
            continue
        if not is_valid(visit.policy):
            raise InvalidPolicy(visit.patient, visit.policy)
        claim.lines.append(
            ClaimLine(normalise(visit.policy), visit.day, visit.tariff_code, visit.amount)
        )
    return claim
