// `npm run export -- --format graphml|gexf|csv|json [--country RU,BY] [--kind twinning] [--from 1990] [--to 2000]
// [--undated exclude] [--focus by-minsk --depth 2] [--limit N] [--out file]`: the same selection as /api/graph,
// streamed to the file (or stdout). A closed output pipe (`| head`) rolls the export's transaction back.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { runCommand } from '../cli/run-command.ts';
import { parseInput } from '../http/validate.ts';
import { GraphQuerySchema } from '../../core/schemas/graph.schema.ts';
import { ExportFormatSchema } from '../export/export.routes.ts';

const option = { type: 'string' } as const;

await runCommand({
  usage:
    'npm run export -- --format graphml|gexf|csv|json [--country RU,BY] [--kind K] [--from Y] [--to Y] [--undated exclude] [--focus ID --depth N] [--limit N] [--out file]',
  options: {
    format: option,
    country: option,
    kind: option,
    from: option,
    to: option,
    undated: option,
    focus: option,
    depth: option,
    limit: option,
    out: option,
  },
  database: true,
  check({ values: { out, format, ...filters } }) {
    const { format: f } = parseInput(ExportFormatSchema, { format }, 'query');
    return {
      out,
      f,
      q: parseInput(
        GraphQuerySchema,
        Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
        'query',
      ),
    };
  },
  async run({ checked: { out, f, q }, services }) {
    const ids = await services.exports.prepare(q);
    const stream = out ? createWriteStream(out) : process.stdout;
    await services.exports.write(f, q, ids, stream);
    if (out) {
      stream.end();
      await finished(stream);
      console.error(`Exported ${f} to ${out}`);
    }
  },
});
