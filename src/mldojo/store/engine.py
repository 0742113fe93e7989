"""Opening the database: URL checks, SQLite pragmas and migrations on start.

SQLite gets WAL (readers never block the writer), foreign keys and a busy timeout so the CLI
and the web server can share one file. PostgreSQL URLs pass straight through.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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


MIGRATION_LOCK_KEY = 0x6D6C646F6A6F  # "mldojo", for PostgreSQL's advisory lock


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """Let one process migrate at a time: two starting on a new database would race.

    SQLite files get an exclusive `flock` on a lock file beside them; PostgreSQL takes a
    transaction-scoped advisory lock inside the migration itself.
    """
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        yield
        return
    import fcntl

    lock_path = Path(database).expanduser().with_name(Path(database).name + ".migrate-lock")
    with open(lock_path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; existing data is kept."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with _migration_lock(engine), engine.begin() as connection:
            if engine.url.get_backend_name() == "postgresql":
                connection.execute(text(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})"))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        raise StoreError(f"cannot open the database: {exc.orig}") from None
    except SQLAlchemyError as exc:
        raise StoreError(f"database migration failed: {exc}") from None
    except OSError as exc:
        raise StoreError(f"cannot lock the database for migration: {exc.strerror}") from None


def open_database(url: str) -> Engine:
    engine = make_engine(url)
    migrate(engine)
    return engine
