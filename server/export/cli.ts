// `npm run export -- --format graphml|gexf|csv|json [--country RU,BY] [--kind twinning] [--from 1990] [--to 2000]
// [--undated exclude] [--focus by-minsk --depth 2] [--limit N] [--out file]`: the same selection as /api/graph,
// streamed to the file (or stdout).
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { LocalNeo4jError } from '../../neo4j/local-neo4j.ts';
import { readEnv } from '../config.ts';
import { connect } from '../db/connect.ts';
import { AppError, StreamGoneError } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import { GraphQuerySchema } from '../schemas/graph.schema.ts';
import { createServices } from '../services.ts';
import { ExportFormatSchema } from './export.routes.ts';

const option = { type: 'string' } as const;
const { values } = parseArgs({ options: { format: option, country: option, kind: option, from: option, to: option, undated: option, focus: option, depth: option, limit: option, out: option } });

let conn;
try {
  const { out, format, ...filters } = values;
  const { format: f } = parseInput(ExportFormatSchema, { format }, 'query');
  const q = parseInput(GraphQuerySchema, Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)), 'query');
  conn = await connect(readEnv());
  const service = createServices(conn.db).exports;
  const ids = await service.prepare(q);
  const stream = out ? createWriteStream(out) : process.stdout;
  await service.write(f, q, ids, stream);
  if (out) { stream.end(); await finished(stream); console.error(`Exported ${f} to ${out}`); }
} catch (err) {
  // The output went away (`| head` closes the pipe: EPIPE) or failed (a full disk): the export's transaction is
  // already rolled back; a closed pipe is the reader's choice, anything else is reported.
  const gone = err instanceof StreamGoneError ? (err.cause as NodeJS.ErrnoException | undefined) : undefined;
  if (gone?.code !== 'EPIPE') console.error(gone ? `Export stopped: ${gone.message}` : err instanceof AppError || err instanceof LocalNeo4jError ? err.message : err);
  process.exitCode = 1;
} finally {
  await conn?.close();
}
