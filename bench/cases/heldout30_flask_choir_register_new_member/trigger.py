"""The membership secretary signs up a new alto, then opens the altos' register."""

from choir import create_app

client = create_app().test_client()
client.post("/members", data={"name": "Dana Whitfield", "section": "alto", "joined": "2024-02-01"})
client.get("/sections/alto/register")
