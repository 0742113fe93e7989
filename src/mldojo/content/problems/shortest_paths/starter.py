def shortest_paths(n: int, edges: list[list], source: int) -> list | None:
    """Distances from source in a directed graph with possibly negative weights.

    Returns a list of n distances (None for unreachable nodes), or None when a negative
    cycle is reachable from source.
    """
    raise NotImplementedError
