// The per-city metrics on City nodes: written all at once as content (Database.writeContent: storing them is not
// a change of the graph, so it does not invalidate the response cache or start another computation), read back
// with the marker of the graph they were computed from.
import type { Database } from '../db/database.ts';
import { CityMetricsSchema, type CityMetrics } from '../../core/schemas/analytics.schema.ts';

export interface StoredMetrics {
  metrics: CityMetrics | null;
  graphAt: string | null;
  by: string | null;
  countryPlaces: number;
}

export class AnalyticsRepository {
  constructor(private readonly db: Database) {}

  async store(cities: CityMetrics[], graphAt: string, by: string): Promise<number> {
    const rows = cities.map(({ degree: _degree, ...m }) => m);
    const [row] = await this.db.writeContent<{ stored: number }>('set-city-metrics', { rows, graphAt, by }, 120_000);
    return row?.stored ?? 0;
  }

  async storedMarker(): Promise<string | null> {
    const [row] = await this.db.read<{ graphAt: string }>('get-metrics-marker');
    return row?.graphAt ?? null;
  }

  async city(id: string): Promise<StoredMetrics | undefined> {
    const [row] = await this.db.read<StoredMetrics>('get-city-metrics', { id });
    return row && { ...row, metrics: row.metrics && CityMetricsSchema.parse(row.metrics) };
  }
}
