// CSV in the importer's richer column set (one row per tie, both ends spelt out), so an export imports again;
// every text cell is neutralised against formula injection, and each row carries the licences of its sources
// (the tie's, and those of both ends' coordinates) and the address and title of its first source.
// The cities (at most one per place) are kept to fill in the ends; the ties stream through.
import { stringify } from 'csv-stringify/sync';
import { ignoredColumns, richColumns } from '../../core/schemas/import.schema.ts';
import { neutralise } from '../import/spreadsheet-safe.ts';
import type { ExportNode, ExportSink, ExportSource } from './export.repository.ts';
import type { Write } from './output.ts';
import { sourceTitle } from '../../core/text/source-title.ts';

const line = (cells: Array<string | number | null | undefined>) =>
  stringify(
    [cells.map((c) => (c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : neutralise(c)))],
    { record_delimiter: 'windows' },
  );

export function csvSink(write: Write): ExportSink {
  const nodes = new Map<string, ExportNode>();
  let sources = new Map<string, ExportSource>();
  const end = (n: ExportNode | undefined) => [
    n?.id,
    n?.nameEn ?? n?.nameRu ?? n?.id,
    n?.country,
    n?.lat,
    n?.lon,
    n?.type,
  ];
  return {
    async begin(list) {
      sources = new Map(list.map((s) => [s.id, s]));
      await write('\uFEFF' + line([...richColumns, ...ignoredColumns])); // BOM: spreadsheets then read UTF-8
    },
    async node(n) {
      nodes.set(n.id, n);
    },
    async link(l) {
      // The licences of the tie's sources and of those of both ends' coordinates.
      const cited = [...l.sources, ...[l.source, l.target].flatMap((id) => nodes.get(id)?.coordinatesSources ?? [])];
      const licences = [...new Set(cited.flatMap((s) => sources.get(s)?.licence ?? []))];
      // source_url and source_title describe the tie's first source (the first with an address, if any), for a
      // reader; the importer reads them as a new source only when source_ids is empty (read-csv.ts).
      const tieSources = l.sources.flatMap((id) => sources.get(id) ?? []);
      const first = tieSources.find((s) => s.url) ?? tieSources[0];
      await write(
        line([
          ...end(nodes.get(l.source)),
          ...end(nodes.get(l.target)),
          l.kind,
          l.kinds.join(';'),
          l.date,
          l.sources.join(';'),
          first?.url,
          first && sourceTitle(first),
          licences.join(' | '),
        ]),
      );
    },
    async end() {},
  };
}
