from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own MLDOJO_HOME so no test touches a real user's data."""
    home = tmp_path / "home"
    monkeypatch.setenv("MLDOJO_HOME", str(home))
    monkeypatch.delenv("MLDOJO_DATABASE_URL", raising=False)
    monkeypatch.delenv("MLDOJO_BANK_PATH", raising=False)
    return home
