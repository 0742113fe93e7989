"""Every migration must upgrade a database written by the first release without losing data."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from mldojo.store.engine import MIGRATIONS, make_engine, migrate

FIRST_RELEASE = "0001"


def _config(connection: object) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def test_revision_chain_is_linear() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    heads = ScriptDirectory.from_config(config).get_heads()
    assert len(heads) == 1, f"migrations branch: {heads}"


def test_first_release_database_upgrades_with_its_data(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as connection:
        command.upgrade(_config(connection), FIRST_RELEASE)
        connection.execute(text("INSERT INTO users (id, name) VALUES (1, 'ada')"))
        connection.execute(
            text(
                "INSERT INTO attempts"
                " (id, user_id, item_id, kind, answer, score, result, created_at)"
                " VALUES (1, 1, 'bias-variance-tradeoff', 'concept', 'my answer', 0.5, '{}', :now)"
            ),
            {"now": datetime(2026, 1, 1, tzinfo=UTC)},
        )
        connection.execute(
            text(
                "INSERT INTO reviews (id, user_id, item_id, attempt_id, rating, card, reviewed_at)"
                " VALUES (1, 1, 'bias-variance-tradeoff', 1, 3, '{\"state\": 2}', :now)"
            ),
            {"now": datetime(2026, 1, 1, tzinfo=UTC)},
        )
    migrate(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM users")).scalar_one() == "ada"
        assert connection.execute(text("SELECT answer FROM attempts")).scalar_one() == "my answer"
        assert connection.execute(text("SELECT rating FROM reviews")).scalar_one() == 3
