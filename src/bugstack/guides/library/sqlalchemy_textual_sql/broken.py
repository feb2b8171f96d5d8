"""A health check that asks the database for a trivial answer."""

from sqlalchemy import create_engine

engine = create_engine("sqlite://")


def database_is_up() -> bool:
    with engine.connect() as connection:
        return connection.execute("SELECT 1").scalar() == 1  # cheapest possible query


if __name__ == "__main__":
    print(database_is_up())
