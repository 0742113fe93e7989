"""Find passages of the bank that repeat a source document word for word.

Usage:
    .venv/bin/python scripts/check_originality.py SOURCE_DIR [--n 8] [--bank DIR]

Every run of N consecutive words (lower-cased, punctuation dropped) that appears both in a
bank file and in a source text is reported with the bank file, so copied sentences can be
rewritten. Short technical phrases ("the area under the roc curve") are common to any two
texts on the same subject; eight words is long enough to catch a copied sentence and short
enough to ignore them. Exit status 1 when anything is found.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[a-z0-9]+")


def is_prose(gram: tuple[str, ...]) -> bool:
    """Runs of numbers or formula symbols ("0 1 0 2 0 3", "tp fp fn tn") are not sentences."""
    return sum(1 for word in gram if len(word) >= 3 and word.isalpha()) >= len(gram) // 2 + 1


def shingles(text: str, n: int) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    grams = (tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    return {gram for gram in grams if is_prose(gram)}


def without_citations(text: str) -> str:
    """Titles of cited papers and books are quoted on purpose; drop the `sources:` entries."""
    kept, in_sources = [], False
    for line in text.splitlines():
        if re.match(r"^sources:", line):
            in_sources = True
            continue
        if in_sources and re.match(r"^\s+-", line):
            continue
        in_sources = False
        kept.append(line)
    return "\n".join(kept)


def bank_files(bank: Path) -> list[Path]:
    return sorted(p for p in bank.rglob("*") if p.suffix in {".md", ".py", ".yaml"} and p.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sources", type=Path)
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--bank", type=Path, default=ROOT / "src" / "mldojo" / "content")
    args = parser.parse_args()
    source_grams: set[tuple[str, ...]] = set()
    for path in sorted(args.sources.rglob("*")):
        if path.is_file():
            source_grams |= shingles(path.read_text(encoding="utf-8", errors="replace"), args.n)
    found: dict[Path, list[str]] = defaultdict(list)
    files = bank_files(args.bank)
    for path in files:
        text = without_citations(path.read_text(encoding="utf-8"))
        for gram in sorted(shingles(text, args.n) & source_grams):
            found[path].append(" ".join(gram))
    for path, grams in found.items():
        print(f"{path.relative_to(args.bank)}: {len(grams)} shared {args.n}-word runs")
        for gram in grams[:5]:
            print(f"    {gram}")
    print(f"{len(files)} bank files, {len(found)} with shared {args.n}-word runs")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
