"""A visitor arrives on a product page from a newsletter link and clicks "Add to cart"."""

from teashop.web import app

app.test_client().post("/cart/ASSAM-250")
