"""Exports: Anki decks, Markdown study sheets, progress export and import."""
