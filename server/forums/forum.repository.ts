// Forum editions and the delegations that attended them.
import type { Database } from '../db/database.ts';
import { DelegationSchema, ForumSchema, type Forum } from '../../core/schemas/forum.schema.ts';

export class ForumRepository {
  constructor(private readonly db: Database) {}

  async list(ids?: string[]): Promise<Forum[]> {
    if (ids?.length === 0) return [];
    const rows = await this.db.read<{ forum: unknown }>('list-forums', { ids: ids ?? null });
    return rows.map((r) => ForumSchema.parse(r.forum));
  }

  async delegations(forumId: string) {
    const rows = await this.db.read<{ delegation: unknown }>('list-forum-delegations', { id: forumId });
    return rows.map((r) => DelegationSchema.parse(r.delegation));
  }
}
