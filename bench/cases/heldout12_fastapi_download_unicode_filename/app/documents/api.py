from __future__ import annotations

from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

from documents import store
from documents.http import content_disposition

app = FastAPI()


def _document(document_id: int) -> store.Document:
    document = store.get(document_id)
    if document is None:
        raise HTTPException(status_code=404)
    return document


@app.get("/documents/{document_id}")
def read_document(document_id: int) -> dict[str, object]:
    document = _document(document_id)
    return {"id": document.id, "title": document.title, "size": len(document.body)}


@app.get("/documents/{document_id}/metadata.csv")
def export_metadata(document_id: int) -> Response:
    document = _document(document_id)
    body = f"id,title,size\r\n{document.id},\"{document.title}\",{len(document.body)}\r\n"
    return Response(
        body.encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": content_disposition(f"{document.title}.csv")},
    )


@app.get("/documents/{document_id}/download")
def download(document_id: int) -> Response:
    """The uploaded file itself, saved by the browser under the document's file name."""
    document = _document(document_id)
    return Response(
        document.body,
        media_type=document.media_type,
        headers={"Content-Disposition": f'attachment; filename="{document.filename}"'},
    )
