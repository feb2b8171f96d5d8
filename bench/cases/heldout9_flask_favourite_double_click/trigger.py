"""A customer double-taps the heart on a product page: the app sends the PUT twice."""

import tempfile
from pathlib import Path

from wishlist import create_app

client = create_app(str(Path(tempfile.mkdtemp()) / "wishlist.db")).test_client()
client.put("/customers/7/favourites/MUG-02")
client.put("/customers/7/favourites/MUG-02")
