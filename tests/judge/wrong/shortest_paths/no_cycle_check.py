# expect: WA
# Bellman-Ford with exactly n - 1 rounds and no final check: returns distances even when a
# negative cycle makes them meaningless.
def shortest_paths(n, edges, source):
    dist = [None] * n
    dist[source] = 0
    for _ in range(n - 1):
        for u, v, w in edges:
            if dist[u] is not None and (dist[v] is None or dist[u] + w < dist[v]):
                dist[v] = dist[u] + w
    return dist
