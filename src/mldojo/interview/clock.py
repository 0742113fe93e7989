"""Clocks. Every round reads the time through one of these so tests can move time by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """The wall clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that only moves when told to: rounds can time out in a test without waiting."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float = 0, minutes: float = 0) -> datetime:
        self._now += timedelta(seconds=seconds, minutes=minutes)
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment
