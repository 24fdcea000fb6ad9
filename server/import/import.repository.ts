// Reads the snapshot an import resolves against (once per run) and writes a plan in ONE write transaction of
// batched UNWIND statements: any failure rolls everything back, so the graph is exactly as it was.
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/errors.ts';
import { countryNames } from './country-codes.ts';
import type { GraphSnapshot, ImportPlan } from './plan-import.ts';
import type { KnownPlace } from './resolve-places.ts';
import { looseKeysOf } from '../search/name-keys.ts';
import { isoSource, worldSource, WORLD_SOURCE_ID } from './world-source.ts';

export const BATCH_SIZE = 5000;

export class ImportConflictError extends AppError {
  constructor() {
    super(
      'import_conflict',
      'The graph changed while the file was being imported (a place or tie it creates was written meanwhile); nothing was written: run the import again',
    );
  }
}

export interface WriteOptions {
  batchSize?: number;
  /** For tests: throw after this many batches, inside the transaction, to prove the rollback. */
  failAfterBatches?: number;
}

export class ImportRepository {
  constructor(private readonly db: Database) {}

  /** The database it reads and writes (the import lock is taken there). */
  get database(): Database {
    return this.db;
  }

  async snapshot(): Promise<GraphSnapshot> {
    const [cities, ties, [refs]] = await Promise.all([
      this.db.read<{ city: KnownPlace }>('list-import-cities'),
      this.db.read<{ from: string; to: string; sources: string[] }>('list-import-ties'),
      this.db.read<{ sources: string[]; countries: string[] }>('list-import-references'),
    ]);
    return {
      cities: cities.map((r) => r.city),
      ties: new Map(ties.map((t) => [`${t.from}|${t.to}`, t.sources])),
      sourceIds: new Set(refs?.sources ?? []),
      countryIds: new Set(refs?.countries ?? []),
    };
  }

  async write(plan: ImportPlan, opts: WriteOptions = {}): Promise<void> {
    const size = opts.batchSize ?? BATCH_SIZE;
    await this.db
      .writeTransaction(async (tx) => {
        // The statements are pipelined: each batch is sent as soon as its rows are built, without waiting for
        // the one before, so Neo4j runs a batch while this process builds and encodes the next; they still run
        // one after another, in order, in the one transaction, which waits for them all before it commits.
        const pending: Promise<unknown>[] = [];
        const batched = <T>(name: string, items: readonly T[], row: (item: T) => unknown = (x) => x) => {
          for (let i = 0; i < items.length; i += size) {
            const sent = Promise.resolve(tx.run(cypher(name), { rows: items.slice(i, i + size).map(row) }));
            sent.catch(() => {}); // a failure is reported by the Promise.all below
            pending.push(sent);
            if (opts.failAfterBatches !== undefined && pending.length >= opts.failAfterBatches)
              throw new Error(`Injected failure after ${pending.length} batches`);
          }
        };
        this.writeReferences(plan, batched);
        const { created, extended } = plan.cities;
        // The plan knows which places and ties are new, so they are CREATEd whole (no MERGE, no list unions);
        // only what the graph already has is merged into.
        batched('create-cities', created, (c) => ({
          props: cityProps(c),
          sources: [...(plan.citySources.get(c.id) ?? [])],
        }));
        batched('merge-cities', extended, (c) => {
          const sources = [...(plan.citySources.get(c.id) ?? [])];
          const props = c.newLocation ? { ...c.newLocation, coordinatesSources: sources } : {};
          return {
            id: c.id,
            props,
            aliases: c.newAliases,
            searchKeys: [...c.newKeys, ...looseKeysOf(c.newAliases)],
            sources,
          };
        });
        batched('create-ties', plan.ties.created);
        batched('merge-ties', plan.ties.sourced);
        await Promise.all(pending);
      })
      .catch((err: unknown) => {
        // The city_id and tie_id constraints refuse a place or tie written by someone else since the snapshot.
        throw err instanceof AppError && err.code === 'conflict' ? new ImportConflictError() : err;
      });
  }

  private writeReferences(plan: ImportPlan, batched: (name: string, rows: readonly unknown[]) => void) {
    const cited = new Set([...plan.ties.created, ...plan.ties.sourced].flatMap((t) => t.sources));
    for (const sources of plan.citySources.values()) for (const s of sources) cited.add(s);
    const sources = [
      ...(cited.has(WORLD_SOURCE_ID) ? [{ id: WORLD_SOURCE_ID, props: worldSource }] : []),
      ...(plan.countries.length ? [{ id: isoSource.id, props: isoSource }] : []),
      ...plan.sources.map((s) => ({ id: s.id, props: known({ id: s.id, ...s.props }) })),
    ];
    batched('merge-sources', sources);
    batched(
      'merge-countries',
      plan.countries.map((id) => ({ id, props: known({ id, ...countryNames(id) }), source: isoSource.id })),
    );
  }
}

/** Every property of a new place, as merge-cities would leave it: search string and point location included
 *  (cypher/create-cities.cypher writes exactly these). */
function cityProps(c: ImportPlan['cities']['created'][number]): Record<string, unknown> {
  const located = c.lat !== null && c.lon !== null;
  return known({
    id: c.id,
    nameEn: c.nameEn,
    country: c.country,
    kind: c.kind,
    aliases: c.aliases,
    search: `|${[...c.searchKeys, ...looseKeysOf([c.nameEn, ...c.aliases])].map((k) => `${k}|`).join('')}`,
    lat: c.lat,
    lon: c.lon,
    location: located ? new neo4j.types.Point(4326, c.lon!, c.lat!) : null,
  });
}

/** Unknown stays absent: drop null and undefined values. */
function known(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}
