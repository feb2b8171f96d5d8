from catalogue import views
from django.urls import path

urlpatterns = [
    path("products/<slug:code>/", views.product_detail, name="product-detail"),
    path("go/<str:code>/", views.short_link, name="short-link"),
]
