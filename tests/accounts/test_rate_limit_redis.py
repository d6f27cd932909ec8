"""Login limits are shared by every worker process through Redis, not counted per process."""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
import redis

pytestmark = pytest.mark.redis

REDIS_URL = os.environ.get("SOUK_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_url():
    from tests.databases import skip_or_fail

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        skip_or_fail(f"Redis does not answer at {REDIS_URL}")
    client.flushdb()  # database 15 belongs to the tests
    yield REDIS_URL
    client.flushdb()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _souk(env: dict, *args: str, **kwargs) -> subprocess.Popen:
    command = [sys.executable, "-c", "from shop.cli import main; main()", *args]
    return subprocess.Popen(command, env=env, **kwargs)


def _wait_until_up(base: str, process: subprocess.Popen) -> None:
    for _ in range(100):
        if process.poll() is not None:
            raise RuntimeError(f"worker exited with {process.returncode}")
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=1)  # noqa: S310 - local test server
            return
        except urllib.error.HTTPError:
            return  # it answers (503 until a search index is built, which this test needs not)
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise RuntimeError(f"{base} did not start")


def _browser():
    return urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )


def _failed_login(opener, base: str) -> int:
    page = opener.open(f"{base}/fr/account/login").read().decode()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode(
        {"email": "someone@example.ma", "password": "wrong guess", "csrf_token": token}
    ).encode()
    try:
        return opener.open(f"{base}/fr/account/login", data=form).status
    except urllib.error.HTTPError as error:
        return error.code


def test_two_worker_processes_share_the_login_limit(redis_url, tmp_path):
    env = {
        **os.environ,
        "SOUK_ENV": "development",
        "SOUK_DATA_DIR": str(tmp_path),
        "SOUK_REDIS_URL": redis_url,
        "SOUK_DATABASE_URL": f"sqlite:///{tmp_path / 'workers.sqlite3'}",
    }
    env.pop("SOUK_SECRET_KEY", None)
    subprocess.run(
        [sys.executable, "-c", "from shop.cli import main; main()", "db", "upgrade"],
        env=env,
        check=True,
        capture_output=True,
    )
    ports = [_free_port(), _free_port()]
    workers = [
        _souk(
            env,
            "run",
            "--port",
            str(port),
            "--no-reload",
            "--no-debugger",
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for port in ports
    ]
    try:
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        for base, worker in zip(bases, workers, strict=True):
            _wait_until_up(base, worker)
        opener = _browser()
        statuses = [_failed_login(opener, bases[i % 2]) for i in range(6)]
        # Five attempts a minute in all: each worker alone has seen only three.
        assert statuses == [200, 200, 200, 200, 200, 429]
    finally:
        for worker in workers:
            worker.terminate()
            worker.wait(timeout=10)
