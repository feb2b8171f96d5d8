from invoicing import store
from invoicing.app import app


def test_hand_typed_line_is_standard_rated() -> None:
    response = app.test_client().get("/invoices/INV-2024-0107")
    assert response.status_code == 200
    body = response.get_json()
    workshop = body["lines"][2]
    assert workshop["description"] == "Onboarding workshop, 2 May"
    assert workshop["tax_code"] == "S"
    assert workshop["vat"] == "90.00"
    assert workshop["gross"] == "540.00"
    assert body["vat_summary"] == [
        {"code": "S", "rate": "0.20", "net": "690.00", "vat": "138.00"},
        {"code": "Z", "rate": "0.00", "net": "37.50", "vat": "0.00"},
    ]
    assert body["net_total"] == "727.50"
    assert body["vat_total"] == "138.00"
    assert body["total"] == "865.50"


def test_catalogue_codes_still_apply() -> None:
    store.add_invoice(
        {
            "number": "INV-2024-0150",
            "customer": "Tamsin Cole",
            "currency": "GBP",
            "issued": "2024-05-20",
            "lines": [
                {"description": "Setup fee", "quantity": 1, "unit_price": "10.00"},
                {"sku": "CHILD-SEAT", "description": "Child car seat", "quantity": 1, "unit_price": "80.00", "tax_code": "R"},
            ],
        }
    )
    body = app.test_client().get("/invoices/INV-2024-0150").get_json()
    assert [(line["tax_code"], line["vat"]) for line in body["lines"]] == [("S", "2.00"), ("R", "4.00")]
    assert body["total"] == "96.00"
