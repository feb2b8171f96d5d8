from catalog import views
from django.urls import path

urlpatterns = [
    path("products/", views.product_list, name="product-list"),
    path("products/<slug:slug>/", views.product_detail, name="product-detail"),
    # For products with an empty slug (see Product.slug): they are linked by id.
    path("products/id/<int:pk>/", views.product_by_id, name="product-by-id"),
]
