"""A couple book two seats and leave the age box of the second guest empty."""

from boxoffice import create_app

app = create_app()
app.test_client().post("/screenings/s101/quote", data={"age": ["34", ""]})
