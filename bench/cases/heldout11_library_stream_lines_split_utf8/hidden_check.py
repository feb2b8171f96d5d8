from streamlines.reader import iter_lines

TEXT = "order,item\n1001,Cr\u00e8me br\u00fbl\u00e9e\n1002,\u00e5ngstr\u00f6m \u2603 \U0001f600\n"


def test_every_cut_gives_the_same_text() -> None:
    body = TEXT.encode()
    for size in range(1, 12):
        chunks = [body[i : i + size] for i in range(0, len(body), size)]
        assert list(iter_lines(chunks)) == TEXT.splitlines(), size


def test_other_encoding() -> None:
    body = "a\u00e9\nb\u00e8\n".encode("utf-16-le")
    chunks = [body[i : i + 3] for i in range(0, len(body), 3)]
    assert list(iter_lines(chunks, encoding="utf-16-le")) == ["a\u00e9", "b\u00e8"]


def test_truncated_body_still_fails() -> None:
    import pytest

    with pytest.raises(UnicodeDecodeError):
        list(iter_lines([b"ok\n", "\u00e9".encode()[:1]]))
