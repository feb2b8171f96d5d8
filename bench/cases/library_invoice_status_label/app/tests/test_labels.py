from invoicing.labels import Invoice, line, state_label


def test_known_states() -> None:
    assert state_label(Invoice("A1", "paid", 100)) == "Paid, thank you"
    assert state_label(Invoice("A2", "open", 100)) == "Awaiting payment"
    assert state_label(Invoice("A3", "void", 100)) == "Cancelled"


def test_line() -> None:
    assert line(Invoice("A4", "open", 1250)) == "A4: 12.50 EUR - Awaiting payment"
