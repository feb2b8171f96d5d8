"""Notifications over real HTTP and a real SMTP server (aiosmtpd), all on loopback."""

from __future__ import annotations

import json
import socket
import ssl
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from bugstack.deliver.notify import (
    SIGNATURE_HEADER,
    EmailChannel,
    Notification,
    NotificationKind,
    Notifier,
    SettingsError,
    notifier_from_settings,
    verify_signature,
)
from tests.deliver.fakes.http import FakeServer, Request, Response

REGRESSED = Notification(
    NotificationKind.REGRESSED, "shop", "ZeroDivisionError: division by zero",
    "It came back in release 1.1, which contains the fix <#12>.",
    "http://127.0.0.1:8000/issues/42", issue_id=42, details={"release": "1.1"},
)


@pytest.fixture
def receiver() -> Iterator[FakeServer]:
    server = FakeServer()

    def slack(request: Request) -> Response:
        return Response(200, raw=b"ok")

    server.route("POST", "/hook", lambda r: Response(204))
    server.route("POST", "/slack", slack)
    server.route("POST", "/slack-gone", lambda r: Response(404, raw=b"no_service"))
    server.start()
    yield server
    server.stop()


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[Envelope, Any]] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        assert isinstance(envelope.content, bytes)
        self.messages.append((envelope, message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


def _authenticate(server: SMTP, session: Session, envelope: Envelope, mechanism: str,
                  auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data.password == b"mail-secret"
    return AuthResult(success=ok, handled=False)  # let aiosmtpd answer 535 on failure


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[_Inbox, int]]:
    inbox = _Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port,
                            authenticator=_authenticate, auth_require_tls=False)
    controller.start()
    yield inbox, port
    controller.stop()


def test_json_webhook_is_signed_over_the_exact_body(receiver: FakeServer) -> None:
    notifier = notifier_from_settings([
        {"type": "webhook", "url": f"{receiver.url}/hook", "secret": "hook-secret"},
    ])
    results = notifier.send(REGRESSED)
    assert [r.ok for r in results] == [True]
    request = receiver.requests[-1]
    signature = request.headers[SIGNATURE_HEADER.lower()]
    assert signature.startswith("sha256=")
    assert verify_signature("hook-secret", request.body, signature)
    assert not verify_signature("other-secret", request.body, signature)
    assert not verify_signature("hook-secret", request.body + b" ", signature)
    body = json.loads(request.body)
    assert body["event"] == "regressed" and body["issue_id"] == 42
    assert body["details"] == {"release": "1.1"}
    assert request.headers["x-bugstack-event"] == "regressed"


def test_slack_incoming_webhook_and_its_errors(receiver: FakeServer) -> None:
    notifier = notifier_from_settings([
        {"type": "slack", "url": f"{receiver.url}/slack"},
        {"type": "slack", "url": f"{receiver.url}/slack-gone"},
    ])
    ok, gone = notifier.send(REGRESSED)
    assert ok.ok and not gone.ok
    assert gone.error is not None and "404" in gone.error and "no_service" in gone.error
    payload = json.loads(receiver.requests[0].body)
    assert payload["text"] == "[shop] Regressed: ZeroDivisionError: division by zero"
    section = payload["blocks"][0]["text"]
    assert section["type"] == "mrkdwn"
    assert "&lt;#12&gt;" in section["text"]  # Slack's control characters are escaped
    assert "<http://127.0.0.1:8000/issues/42|Open in bugstack>" in section["text"]


def test_email_over_smtp_with_login(smtp_server: tuple[_Inbox, int]) -> None:
    inbox, port = smtp_server
    notifier = notifier_from_settings([{
        "type": "email", "host": "127.0.0.1", "port": port, "from": "bugstack@shop.test",
        "to": ["team@shop.test", "lead@shop.test"], "security": "none",
        "username": "bugstack", "password": "mail-secret",
    }])
    assert [r.ok for r in notifier.send(REGRESSED)] == [True]
    envelope, message = inbox.messages[0]
    assert envelope.rcpt_tos == ["team@shop.test", "lead@shop.test"]
    assert message["Subject"] == "[shop] Regressed: ZeroDivisionError: division by zero"
    assert message["X-Bugstack-Event"] == "regressed"
    assert "http://127.0.0.1:8000/issues/42" in message.get_payload(decode=True).decode()


def test_a_wrong_smtp_password_is_reported(smtp_server: tuple[_Inbox, int]) -> None:
    inbox, port = smtp_server
    channel = EmailChannel("127.0.0.1", port, "b@shop.test", ("t@shop.test",),
                           username="bugstack", password="wrong", security="none")
    notifier = Notifier([(channel, frozenset(NotificationKind))])
    (result,) = notifier.send(REGRESSED)
    assert not result.ok and result.error is not None and "535" in result.error
    assert inbox.messages == []


def test_events_filter_and_the_test_button(receiver: FakeServer) -> None:
    notifier = notifier_from_settings([
        {"type": "webhook", "url": f"{receiver.url}/hook", "secret": "s",
         "events": ["merged"]},
    ])
    assert notifier.send(REGRESSED) == []  # not subscribed
    merged = Notification(NotificationKind.MERGED, "shop", "Fix merged")
    assert [r.ok for r in notifier.send(merged)] == [True]
    (test,) = notifier.send_test("shop")  # a test reaches every channel
    assert test.ok
    assert json.loads(receiver.requests[-1].body)["event"] == "test"


def test_one_unreachable_channel_does_not_silence_the_others(receiver: FakeServer) -> None:
    notifier = notifier_from_settings([
        {"type": "webhook", "url": f"http://127.0.0.1:{_free_port()}/hook", "secret": "s"},
        {"type": "slack", "url": f"{receiver.url}/slack"},
    ])
    down, up = notifier.send(REGRESSED)
    assert not down.ok and down.error is not None and "Connect" in down.error
    assert up.ok


@pytest.mark.parametrize(("settings", "message"), [
    ([{"type": "pager"}], "unknown channel type 'pager'"),
    ([{"type": "webhook", "url": "http://x"}], "'secret' is required"),
    ([{"type": "slack"}], "'url' is required"),
    ([{"type": "email", "host": "h", "from": "a@b", "to": []}], "'to' must be"),
    ([{"type": "email", "host": "h", "from": "a@b", "to": "t@x", "port": "25"}], "'port'"),
    ([{"type": "email", "host": "h", "from": "a@b", "to": "t@x", "security": "ssl3"}],
     "unknown SMTP security"),
    ([{"type": "slack", "url": "http://x", "events": ["merged", "exploded"]}], "events must"),
    (["slack"], "expected an object"),
])
def test_bad_settings_get_a_clear_answer(settings: list[Any], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        notifier_from_settings(settings)


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return cert_file, key_file


def test_email_over_starttls_trusting_the_servers_ca(tmp_path: Path) -> None:
    cert_file, key_file = _self_signed(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert_file, key_file)
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port(),
                            tls_context=server_tls, require_starttls=True,
                            authenticator=_authenticate)  # login only after STARTTLS
    controller.start()
    try:
        entry = {"type": "email", "host": "127.0.0.1", "port": controller.port,
                 "from": "bugstack@shop.test", "to": "team@shop.test",
                 "username": "bugstack", "password": "mail-secret"}
        untrusted = notifier_from_settings([entry]).send(REGRESSED)
        trusted = notifier_from_settings([entry | {"ca_file": str(cert_file)}]).send(REGRESSED)
    finally:
        controller.stop()
    assert not untrusted[0].ok and "CERTIFICATE_VERIFY_FAILED" in (untrusted[0].error or "")
    assert trusted[0].ok, trusted[0].error
    assert len(inbox.messages) == 1


def test_delivery_events_carry_the_pull_request_and_the_release() -> None:
    from bugstack.deliver import Delivery, DeliveryState, IssueRef
    from bugstack.deliver.notify import fix_proposed, merged, new_issue, regressed

    issue = IssueRef(42, "KeyError: 'sku'", "shop.views in checkout", "http://b/issues/42")
    delivery = Delivery("bugstack/42-keyerror-sku", "a" * 40, DeliveryState.MERGED, 3,
                        "http://forge/pr/3", merge_commit="b" * 40)
    assert new_issue("shop", issue).kind is NotificationKind.NEW_ISSUE
    proposed = fix_proposed("shop", issue, delivery)
    assert proposed.link == "http://forge/pr/3" and proposed.details["branch"] == delivery.branch
    assert "bbbbbbbbbbbb" in merged("shop", issue, delivery).summary
    back = regressed("shop", issue, "1.1", delivery)
    assert back.details["release"] == "1.1" and back.link == "http://b/issues/42"
    assert back.headline == "[shop] Regressed: KeyError: 'sku'"
