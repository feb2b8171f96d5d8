from __future__ import annotations

from decimal import Decimal, InvalidOperation

from flask import Flask, abort, redirect, request, url_for

from billing.store import INVOICES, Invoice, add_invoice

app = Flask(__name__)


def _as_json(invoice: Invoice) -> dict[str, object]:
    return {
        "number": invoice.number,
        "customer": invoice.customer,
        "amount": f"{invoice.amount:.2f}",
        "paid": invoice.paid,
        "url": url_for("show_invoice", number=invoice.number),
    }


@app.get("/invoices")
def list_invoices():
    return {"invoices": [_as_json(i) for i in sorted(INVOICES.values(), key=lambda i: i.number)]}


@app.get("/invoices/<int:number>")
def show_invoice(number: int):
    invoice = INVOICES.get(number) or abort(404)
    return _as_json(invoice)


@app.post("/invoices/<int:number>/paid")
def mark_paid(number: int):
    invoice = INVOICES.get(number) or abort(404)
    invoice.paid = True
    return redirect(url_for("show_invoice", number=number), code=303)


@app.post("/invoices")
def create_invoice():
    """Form fields: customer, amount. Answers 303 See Other to the new invoice, so that
    reloading the page does not post the form twice."""
    customer = request.form.get("customer", "").strip()
    try:
        amount = Decimal(request.form.get("amount", ""))
    except InvalidOperation:
        return {"error": "amount must be a number"}, 400
    if not customer or amount <= 0:
        return {"error": "customer and a positive amount are required"}, 400
    invoice = add_invoice(customer, amount)
    return redirect(url_for("invoice_detail", invoice_id=invoice.number), code=303)
