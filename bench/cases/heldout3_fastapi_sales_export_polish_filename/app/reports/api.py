from __future__ import annotations

import csv
import io
from decimal import Decimal

from fastapi import FastAPI, HTTPException, Response
from pydantic import BaseModel, Field

from reports.downloads import attachment

app = FastAPI(title="sales reports")


class SalesLine(BaseModel):
    product: str
    quantity: int = Field(ge=0)
    unit_price: Decimal


class SalesReport(BaseModel):
    #: As the user typed it in the report form; also the downloaded file's name.
    title: str = Field(min_length=1, max_length=120)
    lines: list[SalesLine]


INVOICES: dict[str, str] = {}


def _csv(report: SalesReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["product", "quantity", "unit_price", "amount"])
    for line in report.lines:
        writer.writerow([line.product, line.quantity, line.unit_price, line.quantity * line.unit_price])
    return out.getvalue()


@app.get("/invoices/{number}.txt")
def invoice_text(number: str) -> Response:
    text = INVOICES.get(number)
    if text is None:
        raise HTTPException(status_code=404, detail="no such invoice")
    return Response(text, media_type="text/plain", headers={"Content-Disposition": attachment(f"invoice {number}.txt")})


@app.post("/reports/sales.csv")
def sales_csv(report: SalesReport) -> Response:
    """The posted sales lines as CSV, downloaded as ``<title>.csv``."""
    return Response(
        _csv(report),
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{report.title}.csv"'},
    )
