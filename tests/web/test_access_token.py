from __future__ import annotations

import subprocess
import sys

from fastapi.testclient import TestClient

from mldojo.web.app import create_app

TOKEN = "s3cret-token-0123456789"


def test_token_required_when_set(practice) -> None:  # type: ignore[no-untyped-def]
    with TestClient(create_app(practice, access_token=TOKEN)) as client:
        assert client.get("/").status_code == 401
        assert client.get("/api/v1/questions").status_code == 401
        assert (
            client.get(
                "/api/v1/questions", headers={"Authorization": f"Bearer {TOKEN}"}
            ).status_code
            == 200
        )
        first = client.get(f"/?token={TOKEN}", follow_redirects=False)
        assert first.status_code == 303 and "mldojo_token" in first.headers["set-cookie"]
        assert client.get("/").status_code == 200  # the cookie now carries it


def test_serve_refuses_other_address_without_token() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mldojo", "serve", "--host", "0.0.0.0", "--port", "8765"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "token" in result.stderr and "Traceback" not in result.stderr
