from django.urls import path
from hives import views

urlpatterns = [
    path("hives/<int:pk>/", views.hive_detail, name="hive-detail"),
    path("inspections/due/", views.due_inspections, name="inspections-due"),
]
