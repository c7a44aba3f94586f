"""Train every learned reader whose examples or code changed, in one process (scripts/servers.sh runs it
before the servers start): `python -m clinical.build_readers`. Each reader's own `build` does one. Kept
apart from clinical/trained_cache.py, whose code is part of every saved reader's fingerprint."""
from __future__ import annotations

import sys

from clinical import intent_reader, recall, topic_reader


def main(argv: list[str]) -> int:
    if argv:
        print("usage: python -m clinical.build_readers", file=sys.stderr)
        return 2
    for reader in (recall, topic_reader, intent_reader):
        if reader.main(["build"]) != 0:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
