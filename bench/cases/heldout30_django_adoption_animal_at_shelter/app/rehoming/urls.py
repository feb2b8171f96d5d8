from animals import views
from django.urls import path

urlpatterns = [
    path("animals/", views.animals, name="animals"),
    path("animals/<int:animal_id>/", views.animal_detail, name="animal-detail"),
    path("animals/<int:animal_id>/adopt/", views.adopt, name="adopt"),
]
