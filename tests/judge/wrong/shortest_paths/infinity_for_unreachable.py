# expect: WA
# Correct Bellman-Ford, but unreachable nodes are reported as float("inf") instead of None.
def shortest_paths(n, edges, source):
    inf = float("inf")
    dist = [inf] * n
    dist[source] = 0
    for _ in range(n - 1):
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    for u, v, w in edges:
        if dist[u] != inf and dist[u] + w < dist[v]:
            return None
    return dist
