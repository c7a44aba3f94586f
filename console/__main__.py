"""Run the staff console or manage staff accounts.

    python -m console serve                       # on CONSOLE_HOST:CONSOLE_PORT (127.0.0.1:5070)
    python -m console create-account NAME         # asks for the password twice
    python -m console create-account NAME --password-stdin   # reads it from standard input (scripts)
"""
from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys


def _create_account(name: str, from_stdin: bool) -> int:
    from console import store
    if from_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"Password for {name}: ")
        if getpass.getpass("The same password again: ") != password:
            print("error: the two passwords differ; nothing was created", file=sys.stderr)
            return 1
    try:
        store.create_account(name, password)
    except store.ConsoleError as exc:
        print(f"error: {exc}; nothing was created", file=sys.stderr)
        return 1
    print(f"Staff account {name!r} created. Sign in at the console's URL.")
    return 0


def _serve() -> int:
    from console.app import create_app
    host = os.environ.get("CONSOLE_HOST", "127.0.0.1")
    port = int(os.environ.get("CONSOLE_PORT", "5070"))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s - %(message)s")
    print(f"Staff console on http://{host}:{port}/", flush=True)
    create_app().run(host=host, port=port, access_log=False, motd=False)
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m console", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("serve", help="run the console web app")
    create = commands.add_parser("create-account", help="create a staff account")
    create.add_argument("name")
    create.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    args = parser.parse_args(argv)
    if args.command == "create-account":
        return _create_account(args.name, args.password_stdin)
    return _serve()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
