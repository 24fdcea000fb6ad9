// GET /api/graph?country=&kind=&from=&to=&undated=&focus=&depth=&limit=
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { Router } from 'express';
import type { GraphChangeCache } from '../http/graph-change-cache.ts';
import { parseInput } from '../http/validate.ts';
import { graphToColumns } from '../../core/graph/graph-columns.ts';
import { GraphQuerySchema, type Graph, type GraphQuery } from '../../core/schemas/graph.schema.ts';
import { cutPart, parsedSelections, partBytes } from './graph-cut.ts';
import type { GraphBodies } from './graph-bodies.ts';
import type { GraphService } from './graph.service.ts';

const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);

/** Limits are grouped: a request is served from the selection of the next bucket up, cut to its own limit, so
 *  a client stepping through limits (30001, 30002, …) makes one database query per bucket, not one per limit. */
const LIMIT_BUCKETS = [100, 500, 1000, 2000, 5000, 10_000, 20_000, 30_000, 50_000];
export const limitBucket = (limit: number) => LIMIT_BUCKETS.find((b) => b >= limit) ?? limit;
/** The largest limit /api/graph takes. */
const MAX_LIMIT = LIMIT_BUCKETS.at(-1)!;
/** The selection a view is cut from. A focus neighbourhood: its limit's bucket (small, cheap to read). The whole
 *  (filtered) network: ONE selection at the largest limit for every limit — the world's is ~1–2 s of the main
 *  thread to decode and parse (one record of ~40,000 value lists), and with a selection per bucket the first
 *  minute after a start or a graph change read it three or four times over (the explorer's default 30,000, the
 *  20,000 and 30,000 buckets of other limits, the analytics' 50,000), stalling every request for seconds: the
 *  soak's health p99 of 7.5 s in its first minute (docs/operations.md). */
export const selectionLimit = (q: GraphQuery) => (q.focus ? limitBucket(q.limit) : MAX_LIMIT);

/** The selection `q` is cut from, as the JSON bytes kept in the response cache (partBytes), and its key there with
 *  the graph marker it was made under (undefined when the cache is off: nothing is kept). */
export function selectionThroughCache(graph: GraphService, cache: GraphChangeCache) {
  return async (q: GraphQuery, marker?: string): Promise<{ key: string | undefined; bytes: Uint8Array }> => {
    const wide = { ...q, limit: selectionLimit(q) };
    const key = `${cache.metricsTag()} graph selection ${JSON.stringify(wide)}`;
    let at = marker;
    const bytes = await cache.get(key, async (m) => ((at = m), partBytes(await graph.select(wide, m))), marker);
    return { key: at === undefined ? undefined : `${at}\n${key}`, bytes };
  };
}

/** The graph of `q` cut from its bucket's selection, kept in the cache: the embeds and the analytics share them. */
export function graphThroughCache(graph: GraphService, cache: GraphChangeCache) {
  const selection = selectionThroughCache(graph, cache);
  // Parsing the world's 7.6 MB again for every odd limit (30001, 30002, …) made ~200 MB of garbage and ~200 ms of
  // main thread each time; a new graph version makes a new key.
  const parse = parsedSelections(2);
  return async (q: GraphQuery, marker?: string): Promise<Graph> => cutPart(parse(await selection(q, marker)), q);
}

export function graphRoutes(graph: GraphService, cache: GraphChangeCache, bodies: GraphBodies): Router {
  const selection = selectionThroughCache(graph, cache);
  const router = Router();
  // Kept, gzipped, until the graph changes: the whole world is ~1 s to gather, 7.6 MB of JSON and ~85 ms to
  // compress, and the same for everyone. Browsers take the gzip as it is; the rare client that does not gets it
  // unzipped (the compression middleware leaves a response that is already encoded alone).
  // A focus view whose limit is a bucket itself is computed directly (small): no selection kept beside its body.
  // Any other view is cut from its selection — the whole network always from its one selection (selectionLimit),
  // shared by every limit and the analytics — in the graph bodies' thread (graph-bodies.ts), off the main thread.
  // The nodes carry the stored metrics, which land after the graph changes: the keys name them (metricsTag).
  const gzOf = (q: GraphQuery, form: 'rows' | 'columns' = 'rows') =>
    cache.get(`${cache.metricsTag()} graph ${form === 'rows' ? '' : 'columns '}${JSON.stringify(q)}`, async (at) => {
      if (!(selectionLimit(q) === q.limit && q.focus)) return bodies.gz(await selection(q, at), q, form);
      const g = await graph.get(q, at);
      return gzipped(JSON.stringify(form === 'rows' ? g : graphToColumns(g)));
    });
  router.get('/graph', async (req, res) => {
    const gz = await gzOf(parseInput(GraphQuerySchema, req.query, 'query'));
    res.vary('Accept-Encoding').type('json');
    if (req.acceptsEncodings('gzip')) res.set('Content-Encoding', 'gzip').send(gz);
    else res.send(await gunzipped(gz));
  });
  // The same graph in columns (core/graph/graph-columns.ts: ~2 MB of JSON for the world instead of 9.3 MB), as a gzip
  // file, not a gzip-encoded response: a browser unpacks a `Content-Encoding: gzip` body in its network process and
  // hands the page all the unpacked bytes. The explorer fetches this one, unpacks it with the browser's own
  // DecompressionStream and parses a fifth of the bytes (docs/explorer-loading.md).
  router.get('/graph.columns.json.gz', async (req, res) => {
    const gz = await gzOf(parseInput(GraphQuerySchema, req.query, 'query'), 'columns');
    res.type('application/gzip').send(gz);
  });
  return router;
}
