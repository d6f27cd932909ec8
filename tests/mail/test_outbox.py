"""Mail is queued in the outbox with the request's data, then sent by SMTP when configured."""

import socketserver
import threading

import pytest
from sqlalchemy import select

from shop.mail.models import OutboxMessage
from shop.mail.services import queue_mail
from tests.factories import create_user


class _SmtpSink(socketserver.StreamRequestHandler):
    """Just enough SMTP to accept messages: what a real server says, minus delivery."""

    def _reply(self, line: str) -> None:
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self) -> None:
        self._reply("220 sink ready")
        while line := self.rfile.readline():
            command = line.decode().strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self._reply("250 sink")
            elif command.startswith(("MAIL", "RCPT", "RSET", "NOOP")):
                self._reply("250 ok")
            elif command == "DATA":
                self._reply("354 go ahead")
                body = []
                while (data := self.rfile.readline()) != b".\r\n":
                    body.append(data)
                self.server.received.append(b"".join(body).decode())
                self._reply("250 queued")
            elif command == "QUIT":
                self._reply("221 bye")
                return
            else:
                self._reply("502 not implemented")


@pytest.fixture
def smtp_sink():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SmtpSink)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_mail_is_rendered_in_the_recipients_language(app, db_session):
    user = create_user(language="ar", full_name="Amina")
    with app.test_request_context("/fr/"):
        message = queue_mail(
            recipient=user.email,
            template="password_reset",
            language="ar",
            user=user,
            reset_url="http://localhost/ar/account/password/reset/abc",
        )
    assert message.language == "ar"
    assert "Amina" in message.body
    assert "Reset your" not in message.subject  # translated, not the English source


def test_send_command_delivers_the_outbox_by_smtp(app, db_session, runner, smtp_sink):
    user = create_user(language="fr")
    with app.test_request_context("/fr/"):
        queue_mail(
            recipient=user.email,
            template="password_reset",
            language="fr",
            user=user,
            reset_url="http://localhost/fr/account/password/reset/xyz",
        )
    app.config.update(
        MAIL_SERVER="127.0.0.1", MAIL_PORT=smtp_sink.server_address[1], MAIL_USE_TLS=False
    )
    try:
        result = runner.invoke(args=["mail", "send"])
    finally:
        app.config.update(MAIL_SERVER="", MAIL_PORT=587, MAIL_USE_TLS=True)
    assert result.exit_code == 0, result.output
    assert "1 message(s) sent." in result.output
    assert len(smtp_sink.received) == 1
    assert f"To: {user.email}" in smtp_sink.received[0]
    assert "/fr/account/password/reset/xyz" in smtp_sink.received[0]
    sent = db_session.scalar(select(OutboxMessage).where(OutboxMessage.recipient == user.email))
    assert sent.sent_at is not None and sent.attempts == 1


def test_send_command_refuses_without_a_server(runner):
    result = runner.invoke(args=["mail", "send"])
    assert result.exit_code != 0
    assert "SOUK_MAIL_SERVER" in result.output
