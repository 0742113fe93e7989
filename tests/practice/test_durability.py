"""Crash safety and concurrency of the SQLite store, with real processes."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.practice.conftest import make_bank

WRITER = Path(__file__).with_name("writer.py")
KILLS = 50


def _spawn(bank: Path, db: Path, tag: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(bank), f"sqlite:///{db}", tag, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )


def test_sigkill_at_random_moments_loses_no_returned_attempt(tmp_path: Path) -> None:
    bank = make_bank(tmp_path / "bank")
    db = tmp_path / "kill.db"
    rng = random.Random(1234)
    confirmed: set[int] = set()
    for round_ in range(KILLS):
        proc = _spawn(bank, db, f"r{round_}", 10_000)
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the writer is up and has saved one attempt
        assert first.strip(), proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.0, 0.25))
        proc.kill()
        out, _ = proc.communicate(timeout=30)
        confirmed.update(int(line) for line in (first + out).split())
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {row[0] for row in conn.execute("SELECT id FROM attempts")}
        orphans = conn.execute(
            "SELECT count(*) FROM reviews WHERE attempt_id NOT IN (SELECT id FROM attempts)"
        ).fetchone()[0]
        per_attempt = conn.execute(
            "SELECT count(*) FROM attempts a LEFT JOIN reviews r ON r.attempt_id = a.id"
            " WHERE r.id IS NULL"
        ).fetchone()[0]
    assert confirmed <= stored, f"lost {len(confirmed - stored)} confirmed attempts"
    assert orphans == 0 and per_attempt == 0  # attempt and review were written together
    assert len(confirmed) >= KILLS


def test_two_processes_write_at_once_without_lock_errors(tmp_path: Path) -> None:
    bank = make_bank(tmp_path / "bank")
    db = tmp_path / "shared.db"
    writers = [_spawn(bank, db, tag, 150) for tag in ("a", "b")]
    results = [w.communicate(timeout=300) for w in writers]
    for writer, (out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in err
        assert len(out.split()) == 150
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM attempts").fetchone() == (300,)
