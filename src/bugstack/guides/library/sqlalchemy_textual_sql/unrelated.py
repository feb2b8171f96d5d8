"""SQLAlchemy calls that are already correct."""

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import Connection

engine = create_engine("sqlite://")


def one(connection: Connection) -> object:
    return connection.execute(text("SELECT 1")).scalar()


def raw(connection: Connection) -> object:
    return connection.exec_driver_sql("SELECT 1").scalar()


def literal(connection: Connection) -> object:
    return connection.execute(select(1)).scalar()
