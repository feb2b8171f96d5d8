"""Counting a customer's orders with SQLAlchemy 2.0."""

from sqlalchemy import ForeignKey, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, selectinload


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    orders: Mapped[list["Order"]] = relationship(back_populates="user")


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    user: Mapped[User] = relationship(back_populates="orders")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)


def load_user(user_id: int) -> User | None:
    with Session(engine) as session:
        return session.get(User, user_id, options=[selectinload(User.orders)])  # the session closes when the block ends


def order_count(user_id: int) -> int:
    user = load_user(user_id)
    return len(user.orders) if user else 0


if __name__ == "__main__":
    with Session(engine) as session:
        session.add(User(id=1, name="Ada", orders=[Order(id=1), Order(id=2)]))
        session.commit()
    print(order_count(1))
