from pathlib import Path

from wishlist import create_app


def test_favouriting_twice_is_a_no_op(tmp_path: Path) -> None:
    client = create_app(str(tmp_path / "wishlist.db")).test_client()
    assert client.put("/customers/7/favourites/MUG-02").status_code == 204
    second = client.put("/customers/7/favourites/MUG-02")
    assert second.status_code == 204
    assert second.get_data() == b""
    assert client.get("/customers/7/favourites").get_json() == ["MUG-02"]


def test_other_favourites_unaffected(tmp_path: Path) -> None:
    client = create_app(str(tmp_path / "wishlist.db")).test_client()
    client.put("/customers/7/favourites/LAMP-01")
    client.put("/customers/7/favourites/MUG-02")
    client.put("/customers/7/favourites/LAMP-01")
    client.put("/customers/8/favourites/LAMP-01")
    assert sorted(client.get("/customers/7/favourites").get_json()) == ["LAMP-01", "MUG-02"]
    assert client.get("/customers/8/favourites").get_json() == ["LAMP-01"]


def test_can_favourite_again_after_removing(tmp_path: Path) -> None:
    client = create_app(str(tmp_path / "wishlist.db")).test_client()
    client.put("/customers/7/favourites/MUG-02")
    client.delete("/customers/7/favourites/MUG-02")
    assert client.put("/customers/7/favourites/MUG-02").status_code == 204
    assert client.get("/customers/7/favourites").get_json() == ["MUG-02"]
