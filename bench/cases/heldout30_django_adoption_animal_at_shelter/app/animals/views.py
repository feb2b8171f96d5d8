from __future__ import annotations

import json

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from animals.models import Animal, FosterHome
from animals.services import describe


@csrf_exempt
@require_http_methods(["GET", "POST"])
def animals(request: HttpRequest) -> JsonResponse:
    """GET: the animals waiting for a home; POST: the intake desk registers an arrival."""
    if request.method == "POST":
        return _intake(request)
    waiting = Animal.objects.filter(adopted=False).select_related("foster")
    species = request.GET.get("species")
    if species:
        waiting = waiting.filter(species=species)
    return JsonResponse(
        {
            "animals": [
                {
                    "id": a.id,
                    "name": a.name,
                    "species": a.species,
                    "city": a.foster.city if a.foster else settings.SHELTER["city"],
                }
                for a in waiting
            ]
        }
    )


def _intake(request: HttpRequest) -> JsonResponse:
    try:
        data = json.loads(request.body)
    except ValueError:
        return JsonResponse({"error": "body must be JSON"}, status=400)
    if data.get("species") not in Animal.Species.values or not data.get("name"):
        return JsonResponse({"error": "name and a known species are required"}, status=400)
    foster = None
    if data.get("foster_id") is not None:
        foster = get_object_or_404(FosterHome, pk=data["foster_id"])
    animal = Animal.objects.create(
        name=data["name"],
        species=data["species"],
        age_years=int(data.get("age_years", 0)),
        foster=foster,
    )
    return JsonResponse({"id": animal.id}, status=201)


def animal_detail(request: HttpRequest, animal_id: int) -> JsonResponse:
    animal = get_object_or_404(Animal.objects.select_related("foster"), pk=animal_id)
    return JsonResponse(describe(animal))


@csrf_exempt
@require_POST
def adopt(request: HttpRequest, animal_id: int) -> JsonResponse:
    animal = get_object_or_404(Animal, pk=animal_id, adopted=False)
    animal.adopted = True
    animal.save(update_fields=["adopted"])
    return JsonResponse({"id": animal.id, "adopted": True})
