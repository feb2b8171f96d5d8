from __future__ import annotations

from django.http import Http404, JsonResponse
from django.utils import timezone

from donors import records
from donors.eligibility import can_book, next_eligible


def _donor_or_404(donor_id: str) -> records.Donor:
    donor = records.find(donor_id)
    if donor is None:
        raise Http404("no such donor")
    return donor


def donor_card(request, donor_id: str) -> JsonResponse:
    donor = _donor_or_404(donor_id)
    last = donor.last_donation.isoformat() if donor.last_donation else None
    return JsonResponse({"id": donor.id, "name": donor.name, "blood_group": donor.blood_group, "last_donation": last})


def next_appointment(request, donor_id: str) -> JsonResponse:
    donor = _donor_or_404(donor_id)
    today = timezone.localdate()
    return JsonResponse(
        {
            "id": donor.id,
            "next_eligible": next_eligible(donor, today).isoformat(),
            "can_book_now": can_book(donor, today),
        }
    )
