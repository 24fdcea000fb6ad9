# The independent implementation the analytics are checked against (tests/api/analytics.test.ts): networkx
# (Debian's python3-networkx, installed by .ci/run) reads a GraphML export and prints the same figures as JSON.
# Usage: python3 analytics-networkx.py <file.graphml> [--distances] [--metrics]
import json
import sys

import networkx as nx

G = nx.read_graphml(sys.argv[1])
largest = max(nx.connected_components(G), key=len) if len(G) else set()
H = G.subgraph(largest)
out = {
    "places": G.number_of_nodes(),
    "ties": G.number_of_edges(),
    "components": nx.number_connected_components(G),
    "largestComponent": {"places": H.number_of_nodes(), "ties": H.number_of_edges()},
    "density": nx.density(G),
    "assortativity": nx.degree_assortativity_coefficient(G),
    "transitivity": nx.transitivity(G),
    "averageClustering": nx.average_clustering(G),
    "triangles": sum(nx.triangles(G).values()) // 3,
}
if "--distances" in sys.argv:
    out["diameter"] = nx.diameter(H)
    out["meanDistance"] = nx.average_shortest_path_length(H)
if "--metrics" in sys.argv:
    out["pagerank"] = nx.pagerank(G)
    out["betweenness"] = nx.betweenness_centrality(G)
    out["closeness"] = nx.closeness_centrality(G, wf_improved=False)
print(json.dumps(out))
