"""The question bank: typed items, the folder loader, the validator and search."""
