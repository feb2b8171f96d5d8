import io
from pathlib import Path

import pytest
from accounts.web import app


@pytest.fixture
def avatar_dir(tmp_path: Path) -> Path:
    app.config["AVATAR_DIR"] = str(tmp_path)
    return tmp_path


def post(filename: str):
    data = {"avatar": (io.BytesIO(b"\xff\xd8\xff\xe0 jpeg"), filename)}
    return app.test_client().post("/account/avatar", data=data, content_type="multipart/form-data")


@pytest.mark.parametrize("filename", ["IMG_2291", "photo.", "png"])
def test_file_without_extension_is_refused(avatar_dir: Path, filename: str) -> None:
    response = post(filename)
    assert response.status_code == 400
    assert response.get_json() == {"error": "unsupported file type"}
    assert list(avatar_dir.iterdir()) == []


def test_dotted_names_still_work(avatar_dir: Path) -> None:
    response = post("holiday.2025.JPG")
    assert response.status_code == 201
    assert response.get_json()["avatar"].endswith(".jpg")
    assert len(list(avatar_dir.iterdir())) == 1
