"""A customer previews the contact list they exported from Excel on Windows."""

from fastapi.testclient import TestClient

from crm.api import app

body = "name;email;city\nZoë Müller;zoe@example.de;Köln\nJosé Núñez;jose@example.es;Málaga\n".encode("cp1252")
TestClient(app).post("/imports/contacts/preview", content=body, headers={"content-type": "text/csv"})
