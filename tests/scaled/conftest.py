"""Real PostgreSQL and Redis for the tests of the scaled set-up (scripts/local_services.py starts them;
`make test` installs the Debian packages when missing)."""
from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import local_services  # noqa: E402  (a script folder, not a package)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Postgres:
    def __init__(self, data_dir: Path, port: int, password: str) -> None:
        self.data_dir, self.port, self.password = data_dir, port, password
        self.url_template = local_services.start_postgres(data_dir, port, password)

    def url(self, database: str) -> str:
        return self.url_template.format(db=database)

    def stop(self) -> None:
        local_services.stop_postgres(self.data_dir)

    def start(self) -> None:
        local_services.start_postgres(self.data_dir, self.port, self.password)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    # Not under pytest's own temporary folder: that is private to root, and the cluster runs as the
    # `postgres` user when the tests run as root.
    folder = Path(tempfile.mkdtemp(prefix="backcare-postgres-"))
    folder.chmod(0o755)
    server = Postgres(folder / "data", free_port(), secrets.token_hex(12))
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


class Redis:
    def __init__(self, port: int, password: str) -> None:
        self.port, self.password = port, password


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory) -> Iterator[Redis]:
    port, password = free_port(), secrets.token_hex(12)
    process = subprocess.Popen(local_services.redis_command(port, password, tmp_path_factory.mktemp("redis")),
                               stdout=subprocess.DEVNULL)
    local_services.wait_for_port(port)
    yield Redis(port, password)
    process.terminate()
    process.wait(timeout=10)
