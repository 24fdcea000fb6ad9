// A city as a diplomat reads it: its ties with the agreements behind them, forums, people, investments,
// and every source any of those facts cites.
import type { AgreementRepository } from '../agreements/agreement.repository.ts';
import type { ForumRepository } from '../forums/forum.repository.ts';
import { NotFoundError } from '../http/errors.ts';
import type { CityDetail } from '../schemas/city.schema.ts';
import type { SourceRepository } from '../sources/source.repository.ts';
import type { CityRepository } from './city.repository.ts';

export class CityService {
  constructor(
    private readonly cities: CityRepository,
    private readonly agreements: AgreementRepository,
    private readonly forums: ForumRepository,
    private readonly sources: SourceRepository,
  ) {}

  search(q: string | undefined, country: string | undefined, limit: number) {
    return this.cities.search(q, country, limit);
  }

  async get(id: string): Promise<CityDetail> {
    const raw = await this.cities.get(id);
    if (!raw) throw new NotFoundError('city', id);
    const agreements = await this.agreements.list({ ids: [...new Set(raw.ties.flatMap((t) => t.agreements))] });
    const byId = new Map(agreements.map((a) => [a.id, a]));
    const forums = await this.forums.list([...new Set([...raw.hosted, ...raw.attended.map((a) => a.forum)])]);
    const forum = new Map(forums.map((f) => [f.id, f]));
    const ties = raw.ties
      .map((t) => ({ ...t, agreements: t.agreements.flatMap((a) => byId.get(a) ?? []) }))
      .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.city.id.localeCompare(b.city.id));
    const detail = {
      city: raw.city,
      bodies: raw.bodies,
      ties,
      forumsHosted: raw.hosted.flatMap((f) => forum.get(f) ?? []),
      forumsAttended: raw.attended.flatMap((a) => { const f = forum.get(a.forum); return f ? [{ ...f, delegation: a.delegation }] : []; }),
      people: raw.people,
      investments: raw.investments,
    };
    const sourceIds = [
      ...detail.city.sources, ...detail.bodies.flatMap((b) => b.sources), ...ties.flatMap((t) => t.sources),
      ...agreements.flatMap((a) => a.sources), ...forums.flatMap((f) => f.sources),
      ...detail.people.flatMap((p) => p.sources), ...detail.investments.flatMap((v) => v.sources),
    ];
    return { ...detail, sources: await this.sources.byIds(sourceIds) };
  }
}
