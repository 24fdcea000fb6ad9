// Turns validated rows into a plan against a snapshot of the graph, in memory: places resolved, ties sorted
// into created / already present / gaining a source, and the report. Nothing here touches the database, so a
// dry run and a real run report the same figures.
import type { ImportReport, ImportRow, RowPlace } from '../../core/schemas/import.schema.ts';
import { countryCode } from './country-codes.ts';
import { placeKind } from './place-kind.ts';
import { slug } from './place-id.ts';
import type { ParsedFile } from './read-csv.ts';
import { WORLD_SOURCE_ID } from './world-source.ts';
import { PlaceResolver, type KnownPlace, type PlaceQuery } from './resolve-places.ts';

export interface GraphSnapshot {
  cities: KnownPlace[];
  /** `lowerId|higherId` → the tie's sources */
  ties: Map<string, string[]>;
  sourceIds: Set<string>;
  countryIds: Set<string>;
}

/** Every property a new tie gets besides its sources (cypher/create-ties.cypher writes exactly these). */
export interface TieProps {
  id: string;
  kind: ImportRow['tieKind'];
  kinds: ImportRow['tieKinds'];
  agreements: string[];
  date?: string;
  datePrecision?: 'year' | 'month' | 'day';
  year?: number;
}

export interface TieWrite {
  from: string;
  to: string;
  /** Properties of a new tie (besides its sources); empty for a tie that only gains sources. */
  props: TieProps | Record<string, never>;
  sources: string[];
}

export interface ImportPlan {
  report: Omit<ImportReport, 'dryRun' | 'ms'>;
  sources: Array<{ id: string; props: Record<string, unknown> }>;
  countries: string[];
  cities: ReturnType<PlaceResolver['changes']>;
  /** Sources of the rows that name each city: a created city cites them, an extended one adds them (its new
   *  aliases or coordinates come from there). */
  citySources: Map<string, Set<string>>;
  /** Ties the graph lacks (created as they are) and ties it has that gain a source (sources added). */
  ties: { created: TieWrite[]; sourced: TieWrite[] };
}

const MAX_LISTED = 1000;

/** A source named by URL in the richer column set gets a readable id from that URL. */
export function urlSourceId(url: string): string {
  const u = new URL(url);
  return `url-${slug(u.hostname.replace(/^www\./, '') + u.pathname + u.search)}`.slice(0, 150).replace(/-+$/, '');
}

function place(p: RowPlace): PlaceQuery | string {
  let { name, country } = p;
  // A few rows carry the country inside the name with an empty country ("Varna, Bulgaria").
  if (!country.trim() && name.includes(',')) {
    const at = name.lastIndexOf(',');
    [name, country] = [name.slice(0, at).trim(), name.slice(at + 1).trim()];
  }
  // …or name a territory with no country at all ("Falkland Islands"): the territory is its own country.
  const territory = !country.trim() ? countryCode(name) : undefined;
  const code = territory ?? countryCode(country);
  if (!code)
    return country.trim() ? `unknown country "${country}" (no ISO 3166-1 code)` : `missing country for "${name}"`;
  return {
    id: p.id,
    name,
    country: code,
    kind: p.kind ?? (territory ? 'region' : placeKind(name)),
    lat: p.lat,
    lon: p.lon,
  };
}

export function planImport(file: ParsedFile, graph: GraphSnapshot): ImportPlan {
  const resolver = new PlaceResolver(graph.cities);
  const rejected = [...file.rejected];
  const ambiguous: ImportReport['ambiguous'] = [];
  const reportedAmbiguous = new Set<string>();
  const seenPairs = new Set<string>();
  const ties = new Map<string, TieWrite>();
  const sources = new Map<string, { id: string; props: Record<string, unknown> }>();
  const countries = new Set<string>();
  const citySources = new Map<string, Set<string>>();
  const counts = { accepted: 0, created: 0, present: 0, sourceAdded: 0, duplicates: 0 };

  for (const row of file.rows) {
    const rowSources = [...row.sourceIds];
    if (row.source) {
      const id = urlSourceId(row.source.url);
      rowSources.push(id);
      sources.set(id, {
        id,
        props: { url: row.source.url, title: row.source.title ?? null, publisher: new URL(row.source.url).hostname },
      });
    }
    const unknownSource = row.sourceIds.find((s) => !graph.sourceIds.has(s) && !sources.has(s) && !isImporterSource(s));
    if (unknownSource) {
      rejected.push({ line: row.line, reason: `unknown source id "${unknownSource}"` });
      continue;
    }
    const a = place(row.a);
    const b = place(row.b);
    if (typeof a === 'string' || typeof b === 'string') {
      rejected.push({ line: row.line, reason: [a, b].filter((x) => typeof x === 'string').join('; ') });
      continue;
    }
    const ra = resolver.resolve(a);
    const rb = resolver.resolve(b);
    let skip = false;
    for (const [q, r] of [
      [a, ra],
      [b, rb],
    ] as const) {
      if (!('ambiguous' in r)) continue;
      skip = true;
      const key = `${q.country}|${q.name}`;
      if (!reportedAmbiguous.has(key)) {
        reportedAmbiguous.add(key);
        ambiguous.push({
          line: row.line,
          place: { name: q.name, country: q.country, lat: q.lat, lon: q.lon },
          candidates: r.ambiguous,
        });
      }
    }
    if (skip || !('id' in ra) || !('id' in rb)) continue;
    if (ra.id === rb.id) {
      rejected.push({ line: row.line, reason: `self-tie: both ends are ${ra.id}` });
      continue;
    }
    countries.add(a.country).add(b.country);
    for (const id of [ra.id, rb.id]) {
      const cited = citySources.get(id);
      if (cited) for (const s of rowSources) cited.add(s);
      else citySources.set(id, new Set(rowSources));
    }
    const [from, to] = ra.id < rb.id ? [ra.id, rb.id] : [rb.id, ra.id];
    const pair = `${from}|${to}`;
    counts.accepted++;
    if (seenPairs.has(pair)) {
      counts.duplicates++;
      mergeSources(ties.get(pair), rowSources);
      continue;
    }
    seenPairs.add(pair);
    const existing = graph.ties.get(pair);
    if (existing) {
      counts.present++;
      const missing = rowSources.filter((s) => !existing.includes(s));
      if (missing.length) {
        counts.sourceAdded++;
        ties.set(pair, { from, to, props: {}, sources: missing });
      }
      continue;
    }
    counts.created++;
    ties.set(pair, { from, to, sources: rowSources, props: tieProps(from, to, row) });
  }

  const changes = resolver.changes();
  // A place only named by rejected or ambiguous rows is not written: no node without a tie that cites it.
  const cities = { created: changes.created.filter((e) => citySources.has(e.id)), extended: changes.extended };
  return {
    report: {
      format: file.format,
      rowsRead: file.rowsRead,
      rowsAccepted: counts.accepted,
      cities: {
        created: cities.created.length,
        matched: resolver.matched.size,
        aliasesAdded: cities.extended.reduce((n, e) => n + e.newAliases.length, 0),
        located: cities.extended.filter((e) => e.newLocation).length,
      },
      countriesCreated: [...countries].filter((c) => !graph.countryIds.has(c)).length,
      ties: {
        created: counts.created,
        alreadyPresent: counts.present,
        sourceAdded: counts.sourceAdded,
        duplicateRows: counts.duplicates,
      },
      rejected: rejected.sort((x, y) => x.line - y.line).slice(0, MAX_LISTED),
      rejectedCount: rejected.length,
      ambiguous: ambiguous.slice(0, MAX_LISTED),
    },
    sources: [...sources.values()],
    countries: [...countries].filter((c) => !graph.countryIds.has(c)).sort(),
    cities,
    citySources,
    ties: {
      created: [...ties.values()].filter((t) => !graph.ties.has(`${t.from}|${t.to}`)),
      sourced: [...ties.values()].filter((t) => graph.ties.has(`${t.from}|${t.to}`)),
    },
  };
}

/** Sources the importer itself provides (the world dataset) need not exist beforehand. */
function isImporterSource(id: string): boolean {
  return id === WORLD_SOURCE_ID;
}

function mergeSources(tie: TieWrite | undefined, sources: string[]) {
  if (tie) for (const s of sources) if (!tie.sources.includes(s)) tie.sources.push(s);
}

function tieProps(from: string, to: string, row: ImportRow): TieProps {
  const props: TieProps = {
    id: `${from}--${to}`,
    kind: row.tieKind,
    kinds: row.tieKinds,
    agreements: [],
  };
  if (row.date) {
    props.date = row.date;
    props.datePrecision = row.date.length === 4 ? 'year' : row.date.length === 7 ? 'month' : 'day';
    props.year = Number(row.date.slice(0, 4));
  }
  return props;
}
