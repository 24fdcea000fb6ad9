// GET /api/graph?country=&kind=&from=&to=&undated=&focus=&depth=&limit=
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { Router } from 'express';
import type { GraphChangeCache } from '../http/graph-change-cache.ts';
import { parseInput } from '../http/validate.ts';
import { GraphQuerySchema } from '../schemas/graph.schema.ts';
import type { GraphService } from './graph.service.ts';

const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);

export function graphRoutes(graph: GraphService, cache: GraphChangeCache): Router {
  const router = Router();
  // Kept, gzipped, until the graph changes: the whole world is ~1 s to gather, 7.6 MB of JSON and ~85 ms to
  // compress, and the same for everyone. Browsers take the gzip as it is; the rare client that does not gets it
  // unzipped (the compression middleware leaves a response that is already encoded alone).
  router.get('/graph', async (req, res) => {
    const q = parseInput(GraphQuerySchema, req.query, 'query');
    const gz = await cache.get(`graph ${JSON.stringify(q)}`, async () => gzipped(JSON.stringify(await graph.get(q))));
    res.vary('Accept-Encoding').type('json');
    if (req.acceptsEncodings('gzip')) res.set('Content-Encoding', 'gzip').send(gz);
    else res.send(await gunzipped(gz));
  });
  return router;
}
