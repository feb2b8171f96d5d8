"""Uploaded documents (the deployment keeps them in object storage behind the same calls)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Document:
    id: int
    title: str
    body: bytes
    media_type: str = "application/pdf"

    @property
    def filename(self) -> str:
        """The name the document downloads under: its title, as the uploader typed it."""
        return f"{self.title}.pdf"


_DOCUMENTS: dict[int, Document] = {}


def reset() -> None:
    _DOCUMENTS.clear()
    _DOCUMENTS[1] = Document(1, "Annual report 2024", b"%PDF-1.7 annual")
    _DOCUMENTS[2] = Document(2, "Q3 report \u2014 Z\u00fcrich office", b"%PDF-1.7 q3")


def get(document_id: int) -> Document | None:
    return _DOCUMENTS.get(document_id)


reset()
