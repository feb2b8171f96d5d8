"""The owner of a kitten registered at the front desk opens its card in the app."""

from datetime import date

from vetclinic import records
from vetclinic.app import app

records.add(records.Pet(3, "Pip", "cat", date(2024, 3, 1)))
app.test_client().get("/pets/3/vaccination-card")
