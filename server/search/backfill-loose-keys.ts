// Gives the cities of a graph written before loose search keys existed their loose keys (Bobruisk/Babruysk,
// «Полоцк»/Polotsk), once: a city that has one is left alone, so a second start finds nothing to do.
import type { Database } from '../db/database.ts';
import { looseKeysOf } from './name-keys.ts';

export async function backfillLooseKeys(db: Database): Promise<number> {
  const rows = await db.read<{ city: { id: string; names: string[] } }>('list-cities-without-loose-keys');
  const updates = rows
    .map(({ city }) => ({ id: city.id, keys: looseKeysOf(city.names) }))
    .filter((r) => r.keys.length > 0);
  let count = 0;
  for (let i = 0; i < updates.length; i += 5_000) {
    const [row] = await db.write<{ count: number }>('add-city-search-keys', { rows: updates.slice(i, i + 5_000) });
    count += Number(row?.count ?? 0);
  }
  return count;
}
