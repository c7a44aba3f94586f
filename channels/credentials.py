"""Write the credentials file the server starts with: credentials.yml with only the channels whose
environment variables are all set.

Rasa fills in `${VARIABLE}` placeholders from the environment when it reads credentials, but stops with an
error on one that is not set. A messaging platform that is not configured is therefore left out here, with
one line saying which variables would enable it. The placeholders are kept, so no secret is written to disk.

    python -m channels.credentials --out var/credentials.yml
"""
from __future__ import annotations

import argparse
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

PLACEHOLDER = re.compile(r"\$\{([^}]+)\}")
SOURCE = Path(__file__).resolve().parents[1] / "credentials.yml"


def placeholders(value: Any) -> list[str]:
    """The environment variables a credentials entry names, in order of appearance."""
    if isinstance(value, dict):
        return [name for item in value.values() for name in placeholders(item)]
    if isinstance(value, list):
        return [name for item in value for name in placeholders(item)]
    return PLACEHOLDER.findall(value) if isinstance(value, str) else []


def platform_name(channel: str) -> str:
    """'channels.messaging.TelegramInput' -> 'Telegram'."""
    return re.sub(r"Input$", "", channel.rsplit(".", 1)[-1])


def effective_credentials(credentials: dict[str, Any], environment: Mapping[str, str]
                          ) -> tuple[dict[str, Any], list[str]]:
    """The channels whose variables are all set (an empty value counts as unset), and one line per
    channel that needs variables saying whether it is enabled."""
    enabled: dict[str, Any] = {}
    report: list[str] = []
    for channel, settings in credentials.items():
        needed = list(dict.fromkeys(placeholders(settings)))
        missing = [name for name in needed if not environment.get(name)]
        if missing:
            report.append(f"{platform_name(channel)}: not enabled (set {', '.join(missing)})")
            continue
        enabled[channel] = settings
        if needed:
            report.append(f"{platform_name(channel)}: enabled")
    return enabled, report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="credentials with ${VARIABLE}s")
    parser.add_argument("--out", type=Path, required=True, help="where to write the effective file")
    args = parser.parse_args(argv)
    credentials = yaml.safe_load(args.source.read_text(encoding="utf-8")) or {}
    enabled, report = effective_credentials(credentials, os.environ)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    header = f"# Written by `python -m channels.credentials` from {args.source.name}; edit that one.\n"
    args.out.write_text(header + yaml.safe_dump(enabled, sort_keys=False), encoding="utf-8")
    print("\n".join(report))


if __name__ == "__main__":
    main()
