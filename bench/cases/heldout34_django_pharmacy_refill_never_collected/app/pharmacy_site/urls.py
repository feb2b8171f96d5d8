from django.urls import include, path

urlpatterns = [
    path("prescriptions/", include("prescriptions.urls")),
]
