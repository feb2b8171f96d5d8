"""The catalogue. category_slug is '' for products outside any category (gift cards,
samples): they are reachable from search and e-mails only."""

CATEGORIES = {"tea": "Tea", "teaware": "Teaware"}

PRODUCTS = {
    "sencha": {"name": "Sencha", "category_slug": "tea", "price": "8.50"},
    "kyusu": {"name": "Kyusu teapot", "category_slug": "teaware", "price": "34.00"},
    "gift-card": {"name": "Gift card", "category_slug": "", "price": "25.00"},
}
