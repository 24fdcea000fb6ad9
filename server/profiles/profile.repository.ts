// A city's profile from the database: its ties and forums (get-city-profile) and the cities that share most of
// its partners (list-similar-cities), parsed with the profile's schemas.
import { int } from 'neo4j-driver';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { CityRefSchema } from '../../core/schemas/city.schema.ts';
import { ProfileForumSchema, ProfilePartnerSchema, SimilarCitySchema } from '../../core/schemas/profile.schema.ts';

const ProfileRow = z.object({
  city: CityRefSchema,
  ties: z.array(ProfilePartnerSchema),
  forums: z.array(ProfileForumSchema),
});
export type ProfileFacts = z.infer<typeof ProfileRow>;

export class ProfileRepository {
  constructor(private readonly db: Database) {}

  /** The city's ties and forums; undefined for an unknown city. */
  async facts(id: string): Promise<ProfileFacts | undefined> {
    const [row] = await this.db.read('get-city-profile', { id });
    return row && ProfileRow.parse(row);
  }

  async similar(id: string, limit: number) {
    const rows = await this.db.read('list-similar-cities', { id, limit: int(limit) });
    return rows.map((r) => SimilarCitySchema.parse(r));
  }
}
