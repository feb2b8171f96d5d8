from invoicing.labels import UNKNOWN_LABEL, Invoice, line, state_label


def test_unknown_state_uses_the_fallback_label() -> None:
    assert state_label(Invoice("B17", "uncollectible", 4200)) == UNKNOWN_LABEL == "Processing"
    assert line(Invoice("B17", "uncollectible", 4200)) == "B17: 42.00 EUR - Processing"


def test_known_states_unchanged() -> None:
    assert state_label(Invoice("A1", "void", 1)) == "Cancelled"
