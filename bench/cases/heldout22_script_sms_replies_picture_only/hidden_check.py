import json

from smsdesk.process_replies import main


def run(tmp_path, rows: str) -> tuple[int, list[dict], list[dict], dict]:
    inbound = tmp_path / "inbound.csv"
    inbound.write_text("received_at,from,body,media_urls\n" + rows, encoding="utf-8")
    consent, outbox, support = tmp_path / "consent.json", tmp_path / "outbox.jsonl", tmp_path / "support.jsonl"
    code = main([str(inbound), "--consent", str(consent), "--outbox", str(outbox), "--support", str(support)])
    read = lambda p: [json.loads(line) for line in p.read_text().splitlines()] if p.exists() else []
    return code, read(outbox), read(support), json.loads(consent.read_text())


def test_picture_only_reply_goes_to_support(tmp_path, capsys) -> None:
    code, outbox, support, consent = run(
        tmp_path,
        "2024-05-02T09:00:00Z,+447700900011,STOP,\n"
        "2024-05-02T09:02:00Z,+447700900012,,https://mms.example/m/8812/IMG_0042.jpg\n"
        "2024-05-02T09:04:00Z,+447700900013,Thanks!,\n",
    )
    assert code == 0
    assert support == [
        {"from": "+447700900012", "received_at": "2024-05-02T09:02:00Z", "text": "",
         "media": ["https://mms.example/m/8812/IMG_0042.jpg"]},
        {"from": "+447700900013", "received_at": "2024-05-02T09:04:00Z", "text": "Thanks!", "media": []},
    ]
    assert consent == {"+447700900011": {"subscribed": False, "changed_at": "2024-05-02T09:00:00Z"}}
    assert [m["to"] for m in outbox] == ["+447700900011"]
    assert capsys.readouterr().out.strip() == "3 replies: opt_out 1, opt_in 0, help 0, support 2"


def test_blank_reply_is_not_a_keyword(tmp_path, capsys) -> None:
    code, outbox, support, consent = run(
        tmp_path,
        "2024-05-02T10:00:00Z,+447700900021,   ,https://mms.example/m/1/a.jpg https://mms.example/m/1/b.jpg\n",
    )
    assert code == 0
    assert consent == {}
    assert outbox == []
    assert support[0]["from"] == "+447700900021"
    assert support[0]["media"] == ["https://mms.example/m/1/a.jpg", "https://mms.example/m/1/b.jpg"]
    assert capsys.readouterr().out.strip() == "1 replies: opt_out 0, opt_in 0, help 0, support 1"
