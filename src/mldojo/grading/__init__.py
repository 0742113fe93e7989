"""Answer graders: exact (numbers, choices, sets), rubric (offline) and LLM (optional)."""
