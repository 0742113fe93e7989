"""Opening the database: URL checks, SQLite pragmas and migrations on start.

SQLite gets WAL (readers never block the writer), foreign keys and a busy timeout so the CLI
and the web server can share one file. PostgreSQL URLs pass straight through.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from mldojo.errors import StoreError

BUSY_TIMEOUT_MS = 30_000
MIGRATIONS = Path(__file__).parent / "migrations"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create an engine for `url`, turning every kind of bad URL into one clear error."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            f"bad database URL `{url}`: expected e.g. sqlite:///path/to/mldojo.db"
        ) from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            try:
                Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot create the database folder for {database}: {exc.strerror}"
                ) from None
        try:
            engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        except (NoSuchModuleError, ArgumentError) as exc:
            raise StoreError(f"bad database URL `{url}`: {exc}") from None
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except NoSuchModuleError:
        raise StoreError(
            f"unsupported database URL `{url}`: use sqlite:/// or postgresql+psycopg://"
        ) from None
    except ModuleNotFoundError as exc:
        raise StoreError(
            f"the driver for `{url}` is missing ({exc.name}): pip install 'mldojo[postgres]'"
        ) from None


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; existing data is kept."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        raise StoreError(f"cannot open the database: {exc.orig}") from None
    except SQLAlchemyError as exc:
        raise StoreError(f"database migration failed: {exc}") from None


def open_database(url: str) -> Engine:
    engine = make_engine(url)
    migrate(engine)
    return engine
