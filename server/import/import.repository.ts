// Reads the snapshot an import resolves against (once per run) and writes a plan in ONE write transaction of
// batched UNWIND statements: any failure rolls everything back, so the graph is exactly as it was.
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { countryNames } from './country-codes.ts';
import type { GraphSnapshot, ImportPlan } from './plan-import.ts';
import type { KnownPlace } from './resolve-places.ts';
import { isoSource, worldSource, WORLD_SOURCE_ID } from './world-source.ts';

export const BATCH_SIZE = 5000;

export interface WriteOptions {
  batchSize?: number;
  /** For tests: throw after this many batches, inside the transaction, to prove the rollback. */
  failAfterBatches?: number;
}

export class ImportRepository {
  constructor(private readonly db: Database) {}

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
    await this.db.writeTransaction(async (tx) => {
      let batches = 0;
      const run = async (name: string, params: Record<string, unknown>) => {
        await tx.run(cypher(name), params);
        batches++;
        if (opts.failAfterBatches !== undefined && batches >= opts.failAfterBatches) throw new Error(`Injected failure after ${batches} batches`);
      };
      const batched = async (name: string, rows: unknown[], extra: Record<string, unknown> = {}) => {
        for (let i = 0; i < rows.length; i += size) await run(name, { ...extra, rows: rows.slice(i, i + size) });
      };
      await this.writeReferences(plan, batched);
      const { created, extended } = plan.cities;
      await batched('merge-cities', [
        ...created.map((c) => ({
          id: c.id,
          props: known({ nameEn: c.nameEn, country: c.country, lat: c.lat, lon: c.lon, kind: c.kind }),
          aliases: c.aliases,
          searchKeys: c.searchKeys,
        })),
        ...extended.map((c) => ({ id: c.id, props: {}, aliases: c.newAliases, searchKeys: c.newKeys })),
      ]);
      await batched('link-city-sources', created.map((c) => ({ id: c.id, sources: plan.citySources.get(c.id) ?? [] })));
      await batched('merge-ties', plan.ties);
    });
  }

  private async writeReferences(plan: ImportPlan, batched: (name: string, rows: unknown[], extra?: Record<string, unknown>) => Promise<void>) {
    const cited = new Set([...plan.ties.flatMap((t) => t.sources), ...[...plan.citySources.values()].flat()]);
    const sources = [
      ...(cited.has(WORLD_SOURCE_ID) ? [{ id: WORLD_SOURCE_ID, props: worldSource }] : []),
      ...(plan.countries.length ? [{ id: isoSource.id, props: isoSource }] : []),
      ...plan.sources.map((s) => ({ id: s.id, props: known({ id: s.id, ...s.props }) })),
    ];
    if (sources.length) await batched('merge-nodes', sources, { label: 'Source' });
    if (plan.countries.length) {
      await batched('merge-nodes', plan.countries.map((id) => ({ id, props: known({ id, ...countryNames(id) }) })), { label: 'Country' });
      await batched('link-sources', plan.countries.map((id) => ({ id, sources: [isoSource.id] })), { label: 'Country' });
    }
  }
}

/** Unknown stays absent: drop null and undefined values. */
function known(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

