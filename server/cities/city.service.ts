// A city as a diplomat reads it: its ties with the agreements behind them, forums, people, investments,
// and every source any of those facts cites.
import { NotFoundError } from '../errors/errors.ts';
import type { CityDetail } from '../../core/schemas/city.schema.ts';
import type { CityRepository } from './city.repository.ts';

export class CityService {
  constructor(private readonly cities: CityRepository) {}

  search(q: string | undefined, country: string | undefined, limit: number) {
    return this.cities.search(q, country, limit);
  }

  async get(id: string): Promise<CityDetail> {
    const detail = await this.cities.get(id);
    if (!detail) throw new NotFoundError('city', id);
    return detail;
  }
}
