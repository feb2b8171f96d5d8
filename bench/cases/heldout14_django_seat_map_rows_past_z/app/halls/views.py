from __future__ import annotations

from collections import defaultdict

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from halls.models import Hall, Seat
from halls.rows import row_index


def seat_map(request: HttpRequest, hall_id: int) -> JsonResponse:
    """The booking page's seat map: every row from the stage back, its seats in order,
    each with whether it is still free. The page draws the rows in the order given."""
    hall = get_object_or_404(Hall, pk=hall_id)
    by_row: dict[str, list[Seat]] = defaultdict(list)
    for seat in hall.seats.all():
        by_row[seat.row].append(seat)
    rows = [
        {
            "row": label,
            "seats": [
                {"number": s.number, "free": not s.sold}
                for s in sorted(by_row[label], key=lambda s: s.number)
            ],
        }
        for label in sorted(by_row, key=row_index)
    ]
    return JsonResponse({"hall": hall.name, "rows": rows})


def row_seats(request: HttpRequest, hall_id: int, row: str) -> JsonResponse:
    hall = get_object_or_404(Hall, pk=hall_id)
    seats = Seat.objects.filter(hall=hall, row=row.upper()).order_by("number")
    return JsonResponse({"row": row.upper(), "free": [s.number for s in seats if not s.sold]})
