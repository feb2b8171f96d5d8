from tills.receipt import main, receipt_lines


def test_lines_without_tip() -> None:
    assert receipt_lines({"Coffee": 3.5, "Cake": 4.25}) == [
        "Coffee          3.50",
        "Cake            4.25",
        "Subtotal        7.75",
        "Total           7.75",
    ]


def test_main_prints(capsys) -> None:
    assert main(["Tea=2"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Total           2.00"
