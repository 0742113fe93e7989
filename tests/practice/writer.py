"""A stream of attempts for the durability tests: prints each attempt id once it is saved.

Usage: python writer.py BANK DB_URL TAG COUNT
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mldojo.config import Settings
from mldojo.service import Dojo
from mldojo.service.practice import Graded, Practice


def main() -> None:
    bank, url, tag, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    settings = Settings(
        home=Path(bank).parent,
        database_url=url,
        bank_paths=(Path(bank),),
        include_shipped_bank=False,
    )
    practice = Practice(Dojo(settings))
    start = datetime(2026, 3, 2, tzinfo=UTC)
    items = [f"{topic}-{k:02d}" for topic in ("regularization", "clustering") for k in range(12)]
    for i in range(count):
        outcome = practice.attempt(
            items[i % len(items)],
            f"{tag}-{i}",
            now=start + timedelta(minutes=i),
            graded=Graded(0.7, 3, {"i": i}),
        )
        print(outcome.attempt.id, flush=True)


if __name__ == "__main__":
    main()
