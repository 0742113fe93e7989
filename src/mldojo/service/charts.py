"""A one-page progress chart as a PNG, drawn with matplotlib (imported only here)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mldojo.errors import MldojoError, UsageError

if TYPE_CHECKING:
    from mldojo.service.practice import Practice


def write_stats_chart(practice: Practice, path: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ModuleNotFoundError:
        raise MldojoError("charts need matplotlib: pip install 'mldojo[charts]'") from None
    stats = practice.stats()
    figure, axes = plt.subplots(2, 2, figsize=(11, 8), layout="constrained")
    days = list(stats.reviews_per_day)
    axes[0][0].bar(range(len(days)), list(stats.reviews_per_day.values()), color="#4c72b0")
    axes[0][0].set_title("Reviews per day (last 30 days)")
    axes[0][0].set_xticks(range(0, len(days), 7), [d[5:] for d in days[::7]])
    forecast = list(stats.due_next_7_days)
    axes[0][1].bar([d[5:] for d in forecast], list(stats.due_next_7_days.values()), color="#dd8452")
    axes[0][1].set_title(f"Due in the next 7 days (today: {stats.due_today})")
    topics = list(stats.mastery)[:25]
    axes[1][0].barh(topics, [stats.mastery[t]["skill"] for t in topics], color="#55a868")
    axes[1][0].set_xlim(0, 1)
    axes[1][0].set_title("Mastery per topic")
    problems = list(stats.coding_pass_rate)[:25]
    axes[1][1].barh(
        problems, [stats.coding_pass_rate[p]["pass_rate"] for p in problems], color="#8172b3"
    )
    axes[1][1].set_xlim(0, 1)
    axes[1][1].set_title("Coding pass rate per problem")
    retention = "n/a" if stats.retention is None else f"{stats.retention:.0%}"
    figure.suptitle(f"mldojo progress · streak {stats.streak_days} days · retention {retention}")
    try:
        figure.savefig(path, dpi=100)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    finally:
        plt.close(figure)
