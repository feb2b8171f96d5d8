from django.urls import include, path

urlpatterns = [
    path("pupils/", include("pupils.urls")),
]
