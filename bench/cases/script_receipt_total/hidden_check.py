from tills.receipt import receipt_lines


def test_total_with_tip_is_aligned_like_every_other_line() -> None:
    assert receipt_lines({"Coffee": 3.5, "Cake": 4.25}, tip=1.5) == [
        "Coffee          3.50",
        "Cake            4.25",
        "Subtotal        7.75",
        "Tip             1.50",
        "Total           9.25",
    ]


def test_without_tip_unchanged() -> None:
    assert receipt_lines({"Tea": 2.0})[-1] == "Total           2.00"
