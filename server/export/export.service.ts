// An export: the same selection as GET /api/graph (filters, or a focus neighbourhood), streamed in the chosen
// format to any writable stream (an HTTP response, a file, stdout), with the licence credits of its sources.
import type { Writable } from 'node:stream';
import type { GraphService } from '../graph/graph.service.ts';
import type { GraphQuery } from '../../core/schemas/graph.schema.ts';
import { csvSink } from './csv.sink.ts';
import type { ExportRepository, ExportSink } from './export.repository.ts';
import { gexfSink, type GexfVersion } from './gexf.sink.ts';
import type { Lang } from '../../core/schemas/common.schema.ts';
import { graphmlSink } from './graphml.sink.ts';
import { jsonSink } from './json.sink.ts';
import { goneSignal } from '../http/gone-signal.ts';
import { writerTo } from './output.ts';
import { viewFileStem } from '../../core/view/view-title.ts';

export const exportFormats = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
} as const;
export type ExportFormat = keyof typeof exportFormats;

const credits = (licences: string[]) => [...new Set(licences)];

export class ExportService {
  constructor(
    private readonly repo: ExportRepository,
    private readonly graph: GraphService,
  ) {}

  /** The focus city is checked (404) before the caller starts writing. */
  async prepare(q: GraphQuery): Promise<string[] | null> {
    return this.graph.focusIds(q);
  }

  /** Rejects (and releases the transaction) as soon as `out` goes away: a closed socket, EPIPE, a file error. */
  async write(
    format: ExportFormat,
    q: GraphQuery,
    ids: string[] | null,
    out: Writable,
    opts: { gexf?: GexfVersion; lang?: Lang } = {},
  ): Promise<void> {
    const { signal, stop } = goneSignal(out);
    const write = writerTo(out, signal);
    const text = (l: string[]) => `Pobratim export. Data credits: ${credits(l).join(' | ') || 'see /api/sources'}`;
    const sinks: Record<ExportFormat, () => ExportSink> = {
      graphml: () => graphmlSink(write, text),
      gexf: () => gexfSink(write, text, { version: opts.gexf, lang: opts.lang }),
      csv: () => csvSink(write),
      json: () => jsonSink(write, credits),
    };
    try {
      await this.repo.stream(q, ids, sinks[format](), signal);
    } finally {
      stop();
    }
  }
}

/** A file name that says what the export holds: pobratim-BY-RU-to1995-dated.gexf, pobratim-ru-kaluga.csv (the
 *  explorer's PNG and SVG of the same view share the stem: core/view/view-title.ts). */
export function exportFileName(format: ExportFormat, q: GraphQuery): string {
  return `${viewFileStem(q)}.${exportFormats[format].extension}`;
}
