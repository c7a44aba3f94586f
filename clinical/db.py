"""The assistant's own database: engine, sessions and schema migrations (Alembic).

The URL comes from BACKCARE_DATABASE_URL (default: SQLite file var/backcare.db under the project root;
PostgreSQL works with a postgresql:// URL). The schema is brought to the latest migration the first time
a process uses a database, so an existing database is upgraded in place without losing data.

    python -m clinical.db upgrade     # apply migrations now (make run does this)
    python -m clinical.db current     # show the schema version
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, declarative_base, sessionmaker

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = f"sqlite:///{ROOT / 'var' / 'backcare.db'}"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
Base = declarative_base()


def database_url() -> str:
    return os.environ.get("BACKCARE_DATABASE_URL") or DEFAULT_URL


def _alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str | None = None) -> None:
    url = url or database_url()
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(_alembic_config(url), "head")


@lru_cache(maxsize=4)
def engine_for(url: str) -> Engine:
    """One engine per URL and process, on a schema brought up to date first."""
    upgrade(url)
    return zero_deleted_rows(create_engine(url, future=True, pool_pre_ping=True))


def zero_deleted_rows(engine: Engine) -> Engine:
    """SQLite leaves a deleted row's bytes in the file's free pages until they are reused; with
    secure_delete it overwrites them, so that what a person asked to delete, or the retention purge
    removed, is gone from the file too. Debian's SQLite is built with it on; others are not. (PostgreSQL's
    VACUUM reclaims dead rows by itself.)"""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _secure_delete)
    return engine


def _secure_delete(dbapi_connection: object, _connection_record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def empty_write_ahead_log(connection: Connection) -> None:
    """An SQLite file in write-ahead-log mode (the tracker store's) keeps copies of changed pages in its
    log: after a deletion, move the change into the file and empty the log. Elsewhere nothing to do."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


@contextmanager
def session(url: str | None = None) -> Iterator[Session]:
    """A short-lived session per unit of work, committed on success."""
    factory = sessionmaker(bind=engine_for(url or database_url()), future=True)
    with factory() as s, s.begin():
        yield s


def main(argv: list[str]) -> int:
    if argv[:1] == ["upgrade"]:
        upgrade()
        print(f"database schema is up to date ({database_url().split('@')[-1]})")
        return 0
    if argv[:1] == ["current"]:
        command.current(_alembic_config(database_url()))
        return 0
    print("usage: python -m clinical.db upgrade|current", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
