# mypy: disable-error-code="import-not-found"
from fixed import Order, User, engine, order_count
from sqlalchemy.orm import Session


def test_orders_are_counted_after_the_session_closed() -> None:
    with Session(engine) as session:
        session.add(User(id=7, name="Grace", orders=[Order(id=70), Order(id=71), Order(id=72)]))
        session.commit()
    assert order_count(7) == 3
    assert order_count(999) == 0
