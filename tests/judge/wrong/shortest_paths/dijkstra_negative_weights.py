# expect: WA
# Dijkstra with a settled set: correct for non-negative weights only. A node settled early is
# never improved by a negative edge found later; negative cycles are never detected.
import heapq


def shortest_paths(n, edges, source):
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [None] * n
    dist[source] = 0
    done = set()
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in adj[u]:
            if v not in done and (dist[v] is None or d + w < dist[v]):
                dist[v] = d + w
                heapq.heappush(heap, (dist[v], v))
    return dist
