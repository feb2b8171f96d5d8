from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies: list = []

    operations = [
        migrations.CreateModel(
            name="Episode",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("title", models.CharField(max_length=200)),
                ("slug", models.SlugField(unique=True)),
                ("audio_url", models.URLField()),
                ("duration_seconds", models.PositiveIntegerField()),
                ("published_at", models.DateTimeField(blank=True, null=True)),
            ],
        ),
    ]
