from django.db.models import F
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from polls.models import Choice, Question


def detail(request, question_id: int) -> JsonResponse:
    question = get_object_or_404(Question, pk=question_id)
    return JsonResponse(
        {"question": question.text, "choices": [{"id": c.id, "text": c.text} for c in question.choices.all()]}
    )


def results(request, question_id: int) -> JsonResponse:
    """The results page's data. Each choice's ``percent`` is its share of all votes,
    rounded to one decimal; while nobody has voted yet every ``percent`` is null (the
    page shows a dash there), since 0 % would claim the choice lost."""
    question = get_object_or_404(Question, pk=question_id)
    total = question.total_votes()
    return JsonResponse(
        {
            "question": question.text,
            "total_votes": total,
            "choices": [
                {"text": c.text, "votes": c.votes, "percent": round(100 * c.votes / total, 1)}
                for c in question.choices.all()
            ],
        }
    )


@csrf_exempt
@require_POST
def vote(request, question_id: int) -> JsonResponse:
    question = get_object_or_404(Question, pk=question_id)
    try:
        choice = question.choices.get(pk=int(request.POST["choice"]))
    except (KeyError, ValueError, Choice.DoesNotExist):
        return HttpResponseBadRequest("pick one of the choices")
    Choice.objects.filter(pk=choice.pk).update(votes=F("votes") + 1)
    return JsonResponse({"ok": True})
