def shortest_paths(n: int, edges: list[list], source: int) -> list | None:
    """Bellman-Ford with early exit; one extra round detects a reachable negative cycle."""
    dist: list = [None] * n
    dist[source] = 0
    for _ in range(n):
        changed = False
        for u, v, w in edges:
            du = dist[u]
            if du is not None and (dist[v] is None or du + w < dist[v]):
                dist[v] = du + w
                changed = True
        if not changed:
            return dist
    return None  # still improving after n rounds: a negative cycle is reachable
