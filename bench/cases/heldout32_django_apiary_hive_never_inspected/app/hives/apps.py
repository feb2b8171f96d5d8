from django.apps import AppConfig


class HivesConfig(AppConfig):
    name = "hives"
