"""Quiz night: three teams sign in, two rounds are marked, the screen refreshes."""

from quiznight.web import create_app

client = create_app().test_client()
night = "/nights/2024-03-14"
client.post(f"{night}/teams", json={"name": "Quiz Akabusi", "joker": 2})
client.post(f"{night}/teams", json={"name": "Tequila Mockingbird", "joker": 6})
client.post(f"{night}/teams", json={"name": "The Trivial Pursuers"})
for team, marks in {"Quiz Akabusi": (6, 4), "Tequila Mockingbird": (8, 7), "The Trivial Pursuers": (5, 9)}.items():
    for points in marks:
        client.post(f"{night}/teams/{team}/rounds", json={"points": points})
client.get(f"{night}/scoreboard")
