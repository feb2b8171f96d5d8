from streamlines.reader import iter_lines


def test_lines_across_chunks() -> None:
    assert list(iter_lines([b"alpha\nbe", b"ta\r\ngam", b"ma"])) == ["alpha", "beta", "gamma"]


def test_non_ascii_in_one_chunk() -> None:
    assert list(iter_lines(["caf\u00e9\nna\u00efve\n".encode()])) == ["caf\u00e9", "na\u00efve"]


def test_empty() -> None:
    assert list(iter_lines([])) == []
