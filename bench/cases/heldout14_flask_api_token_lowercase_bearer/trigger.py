"""A customer's own sync script, built on an HTTP library that lower-cases the scheme."""

from notesapi.app import app

app.test_client().get("/api/notes", headers={"Authorization": "bearer ntk_a81c33e0b6f7"})
