"""Practice: FSRS scheduling, per-topic mastery, the next-item queue and study plans."""
