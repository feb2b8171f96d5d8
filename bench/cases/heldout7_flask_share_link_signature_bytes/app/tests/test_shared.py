import time

from docshare.signing import _mac, verify
from docshare.web import app


def test_verify_rejects_a_forged_signature() -> None:
    assert not verify(7, 2_000_000_000, "0" * 64)


def test_open_a_valid_link() -> None:
    expires = int(time.time()) + 60
    sig = _mac(7, expires).hexdigest()
    response = app.test_client().get(f"/shared/7?expires={expires}&sig={sig}")
    assert response.get_json() == {"title": "Quarterly report"}


def test_expired_link() -> None:
    expires = int(time.time()) - 60
    sig = _mac(7, expires).hexdigest()
    assert app.test_client().get(f"/shared/7?expires={expires}&sig={sig}").status_code == 403


def test_share_unknown_document() -> None:
    assert app.test_client().post("/documents/99/share").status_code == 404
