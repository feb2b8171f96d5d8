from __future__ import annotations

from decimal import Decimal
from typing import Any

from flask import Flask, abort, jsonify

from invoicing import store
from invoicing.vat import TAX_RATES, line_net, line_vat

app = Flask(__name__)


def render(invoice: dict[str, Any]) -> dict[str, Any]:
    """The invoice as the customer portal shows it: every line with its net, VAT and
    gross, a VAT summary per rate, and the totals."""
    lines = []
    summary: dict[str, dict[str, Decimal]] = {}
    for line in invoice["lines"]:
        net = line_net(line)
        code, vat = line_vat(line)
        lines.append(
            {
                "description": line["description"],
                "quantity": line["quantity"],
                "net": str(net),
                "tax_code": code,
                "vat": str(vat),
                "gross": str(net + vat),
            }
        )
        bucket = summary.setdefault(code, {"net": Decimal("0.00"), "vat": Decimal("0.00")})
        bucket["net"] += net
        bucket["vat"] += vat
    net_total = sum((b["net"] for b in summary.values()), Decimal("0.00"))
    vat_total = sum((b["vat"] for b in summary.values()), Decimal("0.00"))
    return {
        "number": invoice["number"],
        "customer": invoice["customer"],
        "currency": invoice["currency"],
        "lines": lines,
        "vat_summary": [
            {"code": code, "rate": str(TAX_RATES[code]), "net": str(b["net"]), "vat": str(b["vat"])}
            for code, b in sorted(summary.items())
        ],
        "net_total": str(net_total),
        "vat_total": str(vat_total),
        "total": str(net_total + vat_total),
    }


@app.get("/invoices/<number>")
def show_invoice(number: str):
    invoice = store.get_invoice(number)
    if invoice is None:
        abort(404)
    return jsonify(render(invoice))
