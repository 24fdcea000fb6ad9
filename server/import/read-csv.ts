// From the bytes of a CSV file to validated rows: UTF-8 checked, header recognised as one of the two column
// sets, every row validated with zod. Whole-file faults throw (nothing to import); row faults are rejected
// with their line number and reason, and the other rows go on.
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { AppError } from '../errors/errors.ts';
import {
  ignoredColumns,
  richColumns,
  RichRowSchema,
  worldColumns,
  WorldRowSchema,
  type ImportRow,
} from '../../core/schemas/import.schema.ts';
import { unneutralise } from './spreadsheet-safe.ts';
import { WORLD_SOURCE_ID } from './world-source.ts';

export class ImportFileError extends AppError {
  constructor(message: string, details?: unknown) {
    super('bad_import_file', message, details);
  }
}

export interface ParsedFile {
  format: 'world' | 'rich';
  rowsRead: number;
  rows: ImportRow[];
  rejected: Array<{ line: number; reason: string }>;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportFileError('The file is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and try again');
  }
}

function formatOf(header: string[]): 'world' | 'rich' {
  const cols = header.map((h) => h.trim().toLowerCase());
  const has = (set: readonly string[]) => set.every((c) => cols.includes(c));
  const known = new Set<string>([...richColumns, ...ignoredColumns]);
  if (has(richColumns) && cols.every((c) => known.has(c))) return 'rich';
  if (has(worldColumns) && cols.length === worldColumns.length) return 'world';
  const missingWorld = worldColumns.filter((c) => !cols.includes(c));
  throw new ImportFileError(
    `Unrecognised header: expected "${worldColumns.join(',')}" (the world file) or "${richColumns.join(',')}" (the richer set)`,
    { header: cols, missing: missingWorld.length ? missingWorld : richColumns.filter((c) => !cols.includes(c)) },
  );
}

function reason(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ');
}

export function readCsv(bytes: Uint8Array): ParsedFile {
  const text = decodeUtf8(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ImportFileError('The file is empty: it needs a header line and at least one row');
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as typeof records;
  } catch (err) {
    throw new ImportFileError(`The file is not valid CSV: ${(err as Error).message}`);
  }
  const [head, ...body] = records;
  const header = head!.record.map((h) => h.trim().toLowerCase());
  const format = formatOf(header);
  const parsed: ParsedFile = { format, rowsRead: body.length, rows: [], rejected: [] };
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== header.length) {
      parsed.rejected.push({ line, reason: `expected ${header.length} columns, found ${record.length}` });
      continue;
    }
    const raw = Object.fromEntries(header.map((h, i) => [h, unneutralise(record[i]!)]));
    const row = format === 'world' ? fromWorld(raw, line) : fromRich(raw, line);
    if ('reason' in row) parsed.rejected.push(row);
    else parsed.rows.push(row);
  }
  return parsed;
}

function fromWorld(raw: Record<string, string>, line: number): ImportRow | { line: number; reason: string } {
  const r = WorldRowSchema.safeParse(raw);
  if (!r.success) return { line, reason: reason(r.error) };
  const d = r.data;
  return {
    line,
    a: { name: d.city1, country: d.country1, lat: d.lat1, lon: d.lng1 },
    b: { name: d.city2, country: d.country2, lat: d.lat2, lon: d.lng2 },
    tieKind: 'twinning',
    tieKinds: ['twinning'],
    sourceIds: [WORLD_SOURCE_ID],
  };
}

function fromRich(raw: Record<string, string>, line: number): ImportRow | { line: number; reason: string } {
  const r = RichRowSchema.safeParse(raw);
  if (!r.success) return { line, reason: reason(r.error) };
  const d = r.data;
  if ((d.lat1 === undefined) !== (d.lng1 === undefined) || (d.lat2 === undefined) !== (d.lng2 === undefined)) {
    return { line, reason: 'latitude and longitude are given together or not at all' };
  }
  const tieKinds = d.tie_kinds.length ? [...new Set(d.tie_kinds)] : [d.tie_kind ?? 'twinning'];
  return {
    line,
    a: { id: d.id1, name: d.city1, country: d.country1, lat: d.lat1 ?? null, lon: d.lng1 ?? null, kind: d.kind1 },
    b: { id: d.id2, name: d.city2, country: d.country2, lat: d.lat2 ?? null, lon: d.lng2 ?? null, kind: d.kind2 },
    tieKind: d.tie_kind ?? strongest(tieKinds),
    tieKinds,
    date: d.date,
    sourceIds: d.source_ids,
    // Beside source ids, source_url and source_title only describe the first of them (as the export writes them):
    // a new source by address is read only from a row that names none by id.
    source: d.source_url && !d.source_ids.length ? { url: d.source_url, title: d.source_title } : undefined,
  };
}

function strongest(kinds: ImportRow['tieKinds']): ImportRow['tieKind'] {
  return kinds.includes('twinning') ? 'twinning' : kinds.includes('partnership') ? 'partnership' : 'cooperation';
}
