// Writes the validated curated seed in one transaction (all or nothing). Every statement MERGEs by id and
// sets only known values, so a second run changes nothing; list properties (aliases) are unions.
import { int } from 'neo4j-driver';
import { datePrecision } from '../../core/schemas/common.schema.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { toRoman } from '../forums/roman-numeral.ts';
import { searchKeysOf } from '../search/name-keys.ts';
import type { Seed } from './seed.schema.ts';

type Row = Record<string, unknown> & { id: string };

// Counts, years and ids are integers in the graph (JavaScript numbers would arrive as floats: 1992.0).
const integerKeys = new Set(['year', 'edition', 'participants', 'citiesRu', 'citiesBy', 'geonamesId', 'amount']);

/** Drops nulls (unknown stays absent) and the keys that become relationships; integers stay integers. */
function props(row: Record<string, unknown>, omit: string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([k, v]) => v !== null && v !== undefined && !omit.includes(k) && k !== 'sources')
      .map(([k, v]) => [k, integerKeys.has(k) && Number.isInteger(v) ? int(v as number) : v]),
  );
}

function dated(date: string | null) {
  return date === null ? {} : { datePrecision: datePrecision(date), year: Number(date.slice(0, 4)) };
}

export interface SeedReport { nodes: number; relationships: number; ties: number; ms: number }

export async function loadSeed(db: Database, seed: Seed): Promise<SeedReport> {
  const started = performance.now();
  return db.writeTransaction(async (tx) => {
    const run = async (name: string, params: Record<string, unknown>) => {
      const res = await tx.run(cypher(name), params);
      return Number(res.records[0]?.get('count') ?? 0);
    };
    const nodes = (label: string, rows: Row[], omit: string[] = []) =>
      run('merge-nodes', { label, rows: rows.map((r) => ({ id: r.id, props: props(r, omit) })) });
    const rels = (fromLabel: string, type: string, toLabel: string, rows: Array<{ from: string; to: string; props?: object }>) =>
      run('merge-relationships', { fromLabel, type, toLabel, rows: rows.map((r) => ({ props: {}, ...r })) });
    const sources = (label: string, rows: Array<{ id: string; sources: string[] }>) =>
      run('link-sources', { label, rows: rows.map(({ id, sources }) => ({ id, sources })) });

    let n = 0;
    let r = 0;
    n += await nodes('Source', seed.sources);
    n += await nodes('Country', seed.countries);
    n += await run('merge-cities', {
      rows: seed.cities.map((c) => ({
        id: c.id,
        props: { ...props(c, ['aliases']), kind: 'city' },
        aliases: c.aliases,
        searchKeys: searchKeysOf([c.nameRu, c.nameEn, ...c.aliases]),
      })),
    });
    n += await nodes('Body', seed.bodies, ['city']);
    n += await nodes('Agreement', seed.agreements.map((a) => ({ ...a, ...dated(a.date) })), ['parties']);
    n += await nodes('Forum', seed.forums.map((f) => ({ ...f, editionRoman: toRoman(f.edition), ...dated(f.startDate) })), ['host']);
    n += await nodes('Organisation', seed.organisations, ['country']);
    n += await nodes('Person', seed.people, ['city']);
    n += await nodes('Delegation', seed.delegations, ['forum', 'city', 'members']);
    n += await nodes('Investment', seed.investments, ['to', 'fromCountry']);

    const bodyIds = new Set(seed.bodies.map((b) => b.id));
    const parties = seed.agreements.flatMap((a) => a.parties.map((p) => ({ from: a.id, to: p })));
    r += await rels('Body', 'OF_CITY', 'City', seed.bodies.map((b) => ({ from: b.id, to: b.city })));
    r += await rels('Agreement', 'PARTY', 'City', parties.filter((p) => !bodyIds.has(p.to)));
    r += await rels('Agreement', 'PARTY', 'Body', parties.filter((p) => bodyIds.has(p.to)));
    r += await rels('Forum', 'HOSTED_IN', 'City', seed.forums.filter((f) => f.host).map((f) => ({ from: f.id, to: f.host! })));
    r += await rels('Organisation', 'IN_COUNTRY', 'Country', seed.organisations.map((o) => ({ from: o.id, to: o.country })));
    r += await rels('Person', 'OF_CITY', 'City', seed.people.map((p) => ({ from: p.id, to: p.city })));
    r += await rels('Delegation', 'FROM', 'City', seed.delegations.map((d) => ({ from: d.id, to: d.city })));
    r += await rels('Delegation', 'AT', 'Forum', seed.delegations.map((d) => ({ from: d.id, to: d.forum })));
    r += await rels('Person', 'MEMBER_OF', 'Delegation', seed.delegations.flatMap((d) =>
      d.members.map((m) => ({ from: m.person, to: d.id, props: props(m, ['person']) }))));
    r += await rels('Investment', 'TO', 'City', seed.investments.map((v) => ({ from: v.id, to: v.to })));
    r += await rels('Investment', 'FROM_COUNTRY', 'Country', seed.investments.map((v) => ({ from: v.id, to: v.fromCountry })));

    const sourced: Array<[string, Array<{ id: string; sources: string[] }>]> = [
      ['Country', seed.countries], ['City', seed.cities], ['Body', seed.bodies], ['Agreement', seed.agreements],
      ['Forum', seed.forums], ['Organisation', seed.organisations], ['Person', seed.people],
      ['Delegation', seed.delegations], ['Investment', seed.investments],
    ];
    for (const [label, rows] of sourced) r += await sources(label, rows);
    const ties = await run('derive-ties', {});
    return { nodes: n, relationships: r, ties, ms: Math.round(performance.now() - started) };
  });
}
