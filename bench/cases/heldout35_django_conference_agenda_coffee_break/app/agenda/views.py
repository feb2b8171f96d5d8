from __future__ import annotations

from django.http import Http404, HttpRequest, JsonResponse

from agenda import programme


def _slot_json(slot: programme.Slot) -> dict[str, object]:
    return {
        "start": slot.start,
        "end": slot.end,
        "room": slot.room,
        "title": slot.title,
        "speaker": {"name": slot.speaker.name, "affiliation": slot.speaker.affiliation},
    }


def day_agenda(request: HttpRequest, day: str) -> JsonResponse:
    """One day's programme for the schedule page and the mobile app.

    Each slot has start, end, room, title and speaker: ``{"name", "affiliation"}`` of
    whoever presents it, or null for coffee, lunch and other slots nobody presents
    (the app then shows the slot as a break).
    """
    slots = programme.slots_on(day)
    if not slots:
        raise Http404("no programme that day")
    return JsonResponse({"day": day, "slots": [_slot_json(slot) for slot in slots]})


def speaker_page(request: HttpRequest, slug: str) -> JsonResponse:
    speaker = programme.speaker(slug)
    if speaker is None:
        raise Http404("no such speaker")
    return JsonResponse(
        {
            "name": speaker.name,
            "affiliation": speaker.affiliation,
            "talks": [{"day": s.day, "start": s.start, "title": s.title} for s in programme.talks_by(slug)],
        }
    )
