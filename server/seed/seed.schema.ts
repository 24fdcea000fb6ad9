// Shapes of the curated seed files (seed/data/*.json) and the cross-file rules they must keep:
// every reference resolves, every fact cites at least one source. Nothing is written unless all hold.
import { z } from 'zod';
import {
  AgreementKindSchema, BodyKindSchema, CountryCodeSchema, IdSchema, PartialDateSchema, SourceIdsSchema,
} from '../../core/schemas/common.schema.ts';
import { SourceSchema } from '../../core/schemas/source.schema.ts';

const name = z.string().trim().min(1);

export const SeedSchema = z
  .object({
    sources: z.array(SourceSchema.strict()),
    countries: z.array(z.object({ id: CountryCodeSchema, nameRu: name, nameEn: name, sources: SourceIdsSchema }).strict()),
    cities: z.array(
      z.object({
        id: IdSchema, nameRu: name, nameEn: name, aliases: z.array(name), country: CountryCodeSchema,
        region: name.nullable(), lat: z.number().min(-90).max(90).nullable(), lon: z.number().min(-180).max(180).nullable(),
        geonamesId: z.number().int().positive().nullable(), wikidataId: z.string().regex(/^Q\d+$/).nullable(),
        coordinatesSources: SourceIdsSchema.nullable(), sources: SourceIdsSchema,
      }).strict()
        .refine((c) => (c.lat === null) === (c.lon === null), 'lat and lon are known together or not at all')
        .refine((c) => (c.lat === null) === (c.coordinatesSources === null), { message: 'coordinates cite their sources (coordinatesSources), and only known coordinates do', path: ['coordinatesSources'] }),
    ),
    bodies: z.array(z.object({ id: IdSchema, kind: BodyKindSchema, nameRu: name, nameEn: name, city: IdSchema, sources: SourceIdsSchema }).strict()),
    agreements: z.array(
      z.object({
        id: IdSchema, kind: AgreementKindSchema, date: PartialDateSchema.nullable(), parties: z.array(IdSchema).length(2),
        note: name.optional(), sources: SourceIdsSchema,
      }).strict(),
    ),
    forums: z.array(
      z.object({
        id: IdSchema, edition: z.number().int().min(1), startDate: PartialDateSchema.nullable(), endDate: PartialDateSchema.nullable(),
        dateNote: name.nullable(), host: IdSchema.nullable(), theme: name.nullable(), topics: z.array(name), sections: z.array(name),
        participants: z.number().int().positive().nullable(), participantsApprox: z.boolean(),
        citiesRu: z.number().int().nonnegative().nullable(), citiesBy: z.number().int().nonnegative().nullable(),
        note: name.nullable(), sources: SourceIdsSchema,
      }).strict(),
    ),
    organisations: z.array(z.object({ id: IdSchema, nameRu: name, nameEn: name, country: CountryCodeSchema, role: name, sources: SourceIdsSchema }).strict()),
    people: z.array(z.object({ id: IdSchema, nameRu: name, nameEn: name, officeRu: name, officeEn: name, city: IdSchema, sources: SourceIdsSchema }).strict()),
    delegations: z.array(
      z.object({
        id: IdSchema, forum: IdSchema, city: IdSchema, note: name.nullable(), sources: SourceIdsSchema,
        members: z.array(z.object({ person: IdSchema, role: name, section: name.nullable(), proposals: z.array(name) }).strict()),
      }).strict(),
    ),
    investments: z.array(
      z.object({
        id: IdSchema, amount: z.number().positive(), approximate: z.boolean(), currency: z.string().regex(/^[A-Z]{3}$/),
        purposeRu: name, purposeEn: name, fromLabelRu: name, fromLabelEn: name, fromCountry: CountryCodeSchema, to: IdSchema,
        reportedAt: PartialDateSchema, sources: SourceIdsSchema,
      }).strict(),
    ),
  })
  .superRefine((seed, ctx) => {
    const ids = new Map<string, Set<string>>();
    for (const [key, rows] of Object.entries(seed)) ids.set(key, new Set((rows as { id: string }[]).map((r) => r.id)));
    const all = new Set<string>();
    for (const [key, rows] of Object.entries(seed)) {
      for (const [i, row] of (rows as { id: string }[]).entries()) {
        if (all.has(row.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id ${row.id}` });
        all.add(row.id);
      }
    }
    const need = (set: string, id: string | null, path: (string | number)[]) => {
      if (id !== null && !ids.get(set)!.has(id)) ctx.addIssue({ code: 'custom', path, message: `unknown ${set} id ${id}` });
    };
    for (const [key, rows] of Object.entries(seed)) {
      if (key === 'sources') continue;
      (rows as { sources: string[] }[]).forEach((r, i) => r.sources.forEach((s, j) => need('sources', s, [key, i, 'sources', j])));
    }
    seed.cities.forEach((c, i) => need('countries', c.country, ['cities', i, 'country']));
    seed.cities.forEach((c, i) => c.coordinatesSources?.forEach((s, j) => need('sources', s, ['cities', i, 'coordinatesSources', j])));
    seed.bodies.forEach((b, i) => need('cities', b.city, ['bodies', i, 'city']));
    seed.agreements.forEach((a, i) =>
      a.parties.forEach((p, j) => {
        if (!ids.get('cities')!.has(p) && !ids.get('bodies')!.has(p)) ctx.addIssue({ code: 'custom', path: ['agreements', i, 'parties', j], message: `party ${p} is neither a city nor a body` });
      }),
    );
    seed.forums.forEach((f, i) => need('cities', f.host, ['forums', i, 'host']));
    seed.organisations.forEach((o, i) => need('countries', o.country, ['organisations', i, 'country']));
    seed.people.forEach((p, i) => need('cities', p.city, ['people', i, 'city']));
    seed.delegations.forEach((d, i) => {
      need('forums', d.forum, ['delegations', i, 'forum']);
      need('cities', d.city, ['delegations', i, 'city']);
      d.members.forEach((m, j) => need('people', m.person, ['delegations', i, 'members', j, 'person']));
    });
    seed.investments.forEach((v, i) => {
      need('cities', v.to, ['investments', i, 'to']);
      need('countries', v.fromCountry, ['investments', i, 'fromCountry']);
    });
  });
export type Seed = z.infer<typeof SeedSchema>;
