from django.urls import path
from prefs import views

urlpatterns = [
    path("language/", views.set_language, name="set-language"),
]
