import io
from pathlib import Path

import pytest
from accounts.web import app


@pytest.fixture
def avatar_dir(tmp_path: Path) -> Path:
    app.config["AVATAR_DIR"] = str(tmp_path)
    return tmp_path


def post(filename: str):
    data = {"avatar": (io.BytesIO(b"\x89PNG fake"), filename)}
    return app.test_client().post("/account/avatar", data=data, content_type="multipart/form-data")


def test_png_is_stored(avatar_dir: Path) -> None:
    response = post("me.PNG")
    assert response.status_code == 201
    assert (avatar_dir / response.get_json()["avatar"]).read_bytes() == b"\x89PNG fake"
    assert response.get_json()["avatar"].endswith(".png")


def test_pdf_is_refused(avatar_dir: Path) -> None:
    response = post("cv.pdf")
    assert response.status_code == 400
    assert response.get_json() == {"error": "unsupported file type"}
    assert list(avatar_dir.iterdir()) == []
