import re

from docshare.signing import sign, verify
from docshare.web import app


def test_sign_is_lower_case_hex_that_verify_accepts() -> None:
    sig = sign(7, 2_000_000_000)
    assert isinstance(sig, str)
    assert re.fullmatch(r"[0-9a-f]{64}", sig)
    assert verify(7, 2_000_000_000, sig)


def test_shared_link_opens_the_document() -> None:
    client = app.test_client()
    response = client.post("/documents/12/share")
    assert response.status_code == 200
    body = response.get_json()
    assert re.fullmatch(r"[0-9a-f]{64}", body["sig"])
    assert body["url"].endswith(f"&sig={body['sig']}")
    opened = client.get(body["url"])
    assert opened.status_code == 200
    assert opened.get_json() == {"title": "Board minutes"}
