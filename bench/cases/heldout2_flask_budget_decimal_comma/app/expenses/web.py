from __future__ import annotations

from decimal import Decimal

from flask import Flask, request

from expenses.money import format_amount, parse_amount

app = Flask(__name__)

EXPENSES: list[dict[str, object]] = []
BUDGET: dict[str, Decimal] = {"monthly": Decimal("300.00")}


@app.post("/expenses")
def add_expense():
    """Form fields: label, amount."""
    label = request.form.get("label", "").strip()
    if not label:
        return {"error": "label is required"}, 400
    try:
        amount = parse_amount(request.form.get("amount", ""))
    except ValueError:
        return {"error": "amount must be a number of euros, like 12,50"}, 400
    EXPENSES.append({"label": label, "amount": amount})
    return {"label": label, "amount": format_amount(amount)}, 201


@app.post("/budget")
def set_budget():
    """Form field: limit, the monthly budget in euros."""
    limit = Decimal(request.form["limit"])
    BUDGET["monthly"] = limit
    return {"monthly": format_amount(limit)}


@app.get("/budget")
def budget_status():
    spent = sum((e["amount"] for e in EXPENSES), Decimal("0"))  # type: ignore[misc]
    left = BUDGET["monthly"] - spent
    return {"monthly": format_amount(BUDGET["monthly"]), "spent": format_amount(spent), "left": format_amount(left)}
