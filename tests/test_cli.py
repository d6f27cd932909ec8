"""`souk demo` on a fresh data folder, run as a newcomer would (in a separate process)."""

import os
import subprocess
import sys


def test_souk_demo_prepares_a_fresh_shop(tmp_path):
    env = {**os.environ, "SOUK_DATA_DIR": str(tmp_path), "SOUK_ENV": "development"}
    env.pop("SOUK_DATABASE_URL", None)
    command = [sys.executable, "-c", "from shop.cli import main; main()", "demo", "--no-serve"]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "souk.sqlite3").exists()
    assert "admin@souk-tadamon.example" in result.stdout
    assert "tadamon-demo-2026" in result.stdout
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "Demo data already present." in again.stdout
