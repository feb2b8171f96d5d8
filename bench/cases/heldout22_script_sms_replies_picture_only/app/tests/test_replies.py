import json

from smsdesk.keywords import FOR_SUPPORT, HELP, OPT_IN, OPT_OUT, classify
from smsdesk.process_replies import main


def test_classify() -> None:
    assert classify("STOP") == OPT_OUT
    assert classify("stop please") == OPT_OUT
    assert classify("Stop!") == OPT_OUT
    assert classify("start") == OPT_IN
    assert classify("HELP") == HELP
    assert classify("Where is my parcel?") == FOR_SUPPORT


def test_run(tmp_path, capsys) -> None:
    inbound = tmp_path / "inbound.csv"
    inbound.write_text(
        "received_at,from,body,media_urls\n"
        "2024-05-02T08:01:00Z,+447700900001,STOP,\n"
        "2024-05-02T08:05:00Z,+447700900002,Help,\n"
        "2024-05-02T08:09:00Z,+447700900003,The box was open,https://mms.example/a.jpg\n"
        "2024-05-02T08:12:00Z,+447700900004,Start,\n",
        encoding="utf-8",
    )
    consent = tmp_path / "consent.json"
    consent.write_text(json.dumps({"+447700900004": {"subscribed": False, "changed_at": "2024-01-01"}}))
    outbox, support = tmp_path / "outbox.jsonl", tmp_path / "support.jsonl"

    assert main([str(inbound), "--consent", str(consent), "--outbox", str(outbox), "--support", str(support)]) == 0

    saved = json.loads(consent.read_text())
    assert saved["+447700900001"]["subscribed"] is False
    assert saved["+447700900004"]["subscribed"] is True
    assert len(outbox.read_text().splitlines()) == 3
    forwarded = [json.loads(line) for line in support.read_text().splitlines()]
    assert forwarded == [{
        "from": "+447700900003",
        "received_at": "2024-05-02T08:09:00Z",
        "text": "The box was open",
        "media": ["https://mms.example/a.jpg"],
    }]
    assert capsys.readouterr().out.strip() == "4 replies: opt_out 1, opt_in 1, help 1, support 1"
