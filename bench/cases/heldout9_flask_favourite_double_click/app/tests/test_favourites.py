from pathlib import Path

from wishlist import create_app


def test_add_and_list(tmp_path: Path) -> None:
    client = create_app(str(tmp_path / "wishlist.db")).test_client()
    assert client.put("/customers/7/favourites/MUG-02").status_code == 204
    assert client.put("/customers/7/favourites/LAMP-01").status_code == 204
    assert client.put("/customers/8/favourites/RUG-03").status_code == 204
    assert sorted(client.get("/customers/7/favourites").get_json()) == ["LAMP-01", "MUG-02"]


def test_remove(tmp_path: Path) -> None:
    client = create_app(str(tmp_path / "wishlist.db")).test_client()
    client.put("/customers/7/favourites/MUG-02")
    assert client.delete("/customers/7/favourites/MUG-02").status_code == 204
    assert client.get("/customers/7/favourites").get_json() == []
