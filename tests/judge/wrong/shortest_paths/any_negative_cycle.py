# expect: WA
# Initialises every distance to 0 (as if from a virtual source), so it reports a negative cycle
# anywhere in the graph, even one the source cannot reach; it also loses None.
def shortest_paths(n, edges, source):
    reach = [False] * n
    reach[source] = True
    for _ in range(n):
        for u, v, _w in edges:
            if reach[u]:
                reach[v] = True
    dist = [0] * n
    for _ in range(n - 1):
        for u, v, w in edges:
            dist[v] = min(dist[v], dist[u] + w)
    if any(dist[u] + w < dist[v] for u, v, w in edges):
        return None
    best = [None] * n
    full = [float("inf")] * n
    full[source] = 0
    for _ in range(n - 1):
        for u, v, w in edges:
            if full[u] + w < full[v]:
                full[v] = full[u] + w
    for v in range(n):
        if reach[v]:
            best[v] = full[v]
    return best
