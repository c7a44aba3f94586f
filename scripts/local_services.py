"""PostgreSQL, Redis and nginx on this machine, for the scaled set-up and its tests: installed from Debian
packages when missing, data under a folder of ours, bound to 127.0.0.1 only, stopped by whoever started
them. Used by scripts/run-scaled.sh and tests/scaled/.

    python scripts/local_services.py install              # apt-get the packages that are missing
    python scripts/local_services.py postgres DIR PORT    # create (first time) and start a cluster
    python scripts/local_services.py stop-postgres DIR
    python scripts/local_services.py redis PORT DIR       # run redis-server in the foreground
    python scripts/local_services.py nginx-config RUN_DIR HOST:PORT...  # write RUN_DIR/nginx.conf
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import sys
import time
from pathlib import Path

PACKAGES = {"postgresql": "/usr/lib/postgresql/*/bin/pg_ctl", "redis-server": "/usr/bin/redis-server",
            "nginx-light": "/usr/sbin/nginx"}
DATABASES = ("tracker", "backcare")  # Rasa's conversations, and our own records
USER = "backcare"


def install_missing() -> None:
    missing = [package for package, path in PACKAGES.items() if not glob.glob(path)]
    if not missing:
        return
    if os.geteuid() != 0:
        names = " ".join(missing)
        sys.exit(f"error: {names} missing; install them with: sudo apt-get install {names}")
    print(f"    installing {' '.join(missing)} (apt-get)", flush=True)
    quiet = {"stdout": subprocess.DEVNULL, "env": {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}}
    subprocess.run(["apt-get", "update", "-qq"], check=True, **quiet)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True,
                   **quiet)


def pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        sys.exit("error: PostgreSQL is not installed; run: python scripts/local_services.py install")
    return found[-1]


def _as_owner(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    """PostgreSQL refuses to run as root: as root, run it as the `postgres` system user."""
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, check=True, **kwargs)


def start_postgres(data_dir: Path, port: int, password: str) -> str:
    """Start (creating it the first time) a cluster in data_dir on 127.0.0.1:port with a `backcare` user
    and the databases `tracker` and `backcare`; returns the URL template postgresql://...@host:port/{db}."""
    data_dir = data_dir.resolve()
    fresh = not (data_dir / "PG_VERSION").exists()
    if fresh:
        data_dir.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(data_dir, owner.pw_uid, owner.pw_gid)
        password_file = data_dir.parent / f".{data_dir.name}-password"
        password_file.write_text(password)
        if os.geteuid() == 0:
            os.chown(password_file, owner.pw_uid, owner.pw_gid)
        try:
            _as_owner([pg_bin("initdb"), "-D", str(data_dir), "-U", USER, "--auth=scram-sha-256",
                       f"--pwfile={password_file}", "-E", "UTF8"], stdout=subprocess.DEVNULL)
        finally:
            password_file.unlink()
    _as_owner([pg_bin("pg_ctl"), "-D", str(data_dir), "-l", str(data_dir / "server.log"), "-w", "-o",
               f"-p {port} -k {data_dir} -c listen_addresses=127.0.0.1", "start"], stdout=subprocess.DEVNULL)
    environ = {**os.environ, "PGPASSWORD": password}
    for database in DATABASES:
        query = f"SELECT 1 FROM pg_database WHERE datname = '{database}'"
        exists = subprocess.run([pg_bin("psql"), "-h", "127.0.0.1", "-p", str(port), "-U", USER, "-d",
                                 "postgres", "-tAc", query],
                                env=environ, check=True, capture_output=True, text=True).stdout.strip()
        if not exists:
            subprocess.run([pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", USER, database],
                           env=environ, check=True)
    return f"postgresql://{USER}:{password}@127.0.0.1:{port}/" + "{db}"


def stop_postgres(data_dir: Path, mode: str = "fast") -> None:
    if (data_dir / "postmaster.pid").exists():
        _as_owner([pg_bin("pg_ctl"), "-D", str(data_dir.resolve()), "-m", mode, "-w", "stop"],
                  stdout=subprocess.DEVNULL)


def redis_command(port: int, password: str, data_dir: Path) -> list[str]:
    """redis-server in the foreground, locks only: no persistence, localhost, a password."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return [shutil.which("redis-server") or "/usr/bin/redis-server", "--port", str(port),
            "--bind", "127.0.0.1", "--requirepass", password, "--save", "", "--appendonly", "no",
            "--dir", str(data_dir.resolve()), "--loglevel", "warning"]


def write_nginx_config(run_dir: Path, servers: list[str], environ: dict[str, str]) -> Path:
    """deploy/nginx.conf.template filled in for these Rasa servers (HOST:PORT each), listening on
    RASA_HOST:RASA_PORT, with the limits of README "Security and limits"."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from channels.availability import unavailable_text
    values = {"RUN_DIR": str(run_dir), "LOG_DIR": environ.get("LOG_DIR", str(run_dir)),
              "HOST": environ.get("RASA_HOST", "127.0.0.1"), "PUBLIC_PORT": environ.get("RASA_PORT", "5005"),
              "MAX_BODY": environ.get("RASA_REQUEST_MAX_SIZE", "262144"),
              "RATE_PER_MINUTE": environ.get("RATE_LIMIT_PER_ADDRESS", "120"),
              "SERVERS": "\n".join(f"    server {address} max_fails=1 fail_timeout=10s;"
                                   for address in servers),
              # nginx's quoted string: no quotes of either kind inside
              "UNAVAILABLE_TEXT": unavailable_text().replace("'", "\u2019").replace('"', "\u201d")}
    text = (Path(__file__).resolve().parents[1] / "deploy" / "nginx.conf.template").read_text()
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", value)
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / "nginx.conf").write_text(text)
    return run_dir / "nginx.conf"


def wait_for_port(port: int, seconds: float = 30) -> None:
    import socket
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing answered on 127.0.0.1:{port} within {seconds:.0f} s")


def main(argv: list[str]) -> int:
    if argv[:1] == ["install"]:
        install_missing()
    elif argv[:1] == ["postgres"] and len(argv) == 3:
        # Passwords come from the environment, not the command line, which any user can see with ps.
        password = os.environ.get("POSTGRES_PASSWORD") or sys.exit("error: set POSTGRES_PASSWORD")
        start_postgres(Path(argv[1]), int(argv[2]), password)
    elif argv[:1] == ["stop-postgres"] and len(argv) == 2:
        stop_postgres(Path(argv[1]))
    elif argv[:1] == ["redis"] and len(argv) == 3:
        password = os.environ.get("REDIS_PASSWORD") or sys.exit("error: set REDIS_PASSWORD")
        command = redis_command(int(argv[1]), password, Path(argv[2]))
        os.execv(command[0], command)  # the caller's process id is Redis's, to stop it
    elif argv[:1] == ["nginx-config"] and len(argv) >= 3:
        write_nginx_config(Path(argv[1]), argv[2:], dict(os.environ))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
