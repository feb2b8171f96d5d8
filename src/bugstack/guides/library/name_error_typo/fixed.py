"""Building the JSON body of an API response."""


def build_response(user_id: int, roles: list[str]) -> dict[str, object]:
    response = {"id": user_id, "roles": sorted(roles)}
    if "admin" in roles:
        response["can_delete"] = True
    return response  # what the endpoint serialises


if __name__ == "__main__":
    print(build_response(7, ["editor"]))
