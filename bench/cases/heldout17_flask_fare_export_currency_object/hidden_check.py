from fares.web import app


def test_fares_file_has_each_route_in_its_own_currency() -> None:
    response = app.test_client().get("/fares.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.get_data(as_text=True) == (
        "route,amount,currency\n"
        "AMS-BRU,24.50,EUR\n"
        "BRU-PAR,31.00,EUR\n"
        "BSL-ZRH,18.00,CHF\n"
        "ZRH-MIL,42.90,CHF\n"
    )
