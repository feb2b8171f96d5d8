"""A customer's Zapier integration, set up years ago with a v1 key, polls the projects."""

from projects_api.app import app

app.test_client().get("/api/projects", headers={"Authorization": "Bearer wk_acme_legacy_zapier"})
