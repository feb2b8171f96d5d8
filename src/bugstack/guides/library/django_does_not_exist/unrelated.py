"""Model lookups outside views, or already answering 404."""

from typing import Any


def article_title(model: Any, pk: int) -> str:
    return str(model.objects.get(pk=pk).title)


def article_view(request: Any, pk: int, model: Any) -> Any:
    article = model.objects.filter(pk=pk).first()
    return article
