from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from repairs.models import RepairJob


def job_detail(request: HttpRequest, job_id: int) -> JsonResponse:
    """The job card as the customer's status page shows it.

    ``quote_total`` is the latest quote's total as a string ("85.00") and
    ``quote_accepted`` whether the customer accepted it; both are null while the
    mechanic has not priced the job yet (the page then says "awaiting quote").
    """
    job = get_object_or_404(RepairJob.objects.select_related("bike"), pk=job_id)
    quote = job.quotes.order_by("-created_at").first()
    return JsonResponse(
        {
            "id": job.id,
            "bike": str(job.bike),
            "description": job.description,
            "status": job.status,
            "booked_in": job.booked_in.isoformat(),
            "quote_total": str(quote.total),
            "quote_accepted": quote.accepted,
        }
    )


def awaiting_quote(request: HttpRequest) -> JsonResponse:
    """The mechanic's to-do list: jobs in the workshop with no quote yet."""
    jobs = RepairJob.objects.filter(quotes__isnull=True).exclude(
        status=RepairJob.Status.COLLECTED
    )
    return JsonResponse({"jobs": [job.id for job in jobs.order_by("booked_in", "id")]})
