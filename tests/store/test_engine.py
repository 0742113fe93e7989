from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from mldojo.errors import StoreError
from mldojo.store.engine import make_engine, migrate, open_database


def test_new_database_gets_every_table_and_pragmas(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'a.db'}")
    assert {"users", "attempts", "reviews", "alembic_version"} <= set(
        inspect(engine).get_table_names()
    )
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 30000


def test_migrating_again_keeps_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'b.db'}"
    engine = open_database(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO users (name) VALUES ('ada')"))
    engine.dispose()
    engine = open_database(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM users")).scalars().all() == ["ada"]


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'c.db'}")
    with pytest.raises(Exception, match="FOREIGN KEY"), engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO attempts (user_id, item_id, kind, answer, score, result, created_at)"
                " VALUES (999, 'x', 'concept', '', 0, '{}', '2026-01-01')"
            )
        )


@pytest.mark.parametrize("url", ["not a url", "nosuchdialect://x/y"])
def test_bad_url_is_a_clear_error(url: str) -> None:
    with pytest.raises(StoreError, match="database URL"):
        make_engine(url)


def test_garbage_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open the database|migration failed"):
        migrate(make_engine(f"sqlite:///{path}"))


def test_plain_sqlite_can_read_what_we_wrote(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    open_database(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM attempts").fetchone() == (0,)
