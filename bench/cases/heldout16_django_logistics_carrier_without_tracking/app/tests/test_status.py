from django.test import Client


def test_postnl_shipment() -> None:
    response = Client().get("/shipments/RDC-10481/")
    assert response.status_code == 200
    assert response.json() == {
        "reference": "RDC-10481",
        "carrier": "PostNL",
        "destination": "Utrecht",
        "expected_on": "2025-05-13",
        "tracking_url": "https://jouw.postnl.nl/track-and-trace/3SABCD1234567-NL",
    }


def test_dhl_transit_time() -> None:
    assert Client().get("/shipments/RDC-10482/").json()["expected_on"] == "2025-05-14"


def test_unknown_shipment() -> None:
    assert Client().get("/shipments/RDC-1/").status_code == 404


def test_carrier_list() -> None:
    carriers = Client().get("/carriers/").json()["carriers"]
    assert [(c["id"], c["online_tracking"]) for c in carriers] == [
        ("depot-van", False),
        ("dhl", True),
        ("postnl", True),
    ]
