// Pinned stories: a frozen copy of a view's data stored as a :Story node, so a published embed never changes.
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { GraphSchema } from '../schemas/graph.schema.ts';
import { EmbedForumSchema, type Story } from '../schemas/embed.schema.ts';

const Row = z.object({ id: z.string(), pinnedAt: z.string(), view: z.string(), graph: z.string(), forums: z.string().nullable() });

export class StoryRepository {
  constructor(private readonly db: Database) {}

  /** Stores the story unless one with this id exists, linked to the sources its ties cite (like every node
   *  of the graph, a story says where its data comes from); returns the stored pin time. */
  async save(story: Story): Promise<string> {
    const [row] = await this.db.write<{ pinnedAt: string }>('merge-story', {
      id: story.id, pinnedAt: story.pinnedAt, view: JSON.stringify(story.view), graph: JSON.stringify(story.graph), forums: JSON.stringify(story.forums),
      sources: [...new Set(story.graph.links.flatMap((l) => l.sources))],
    });
    return row!.pinnedAt;
  }

  async get(id: string): Promise<Story | undefined> {
    const [row] = await this.db.read('get-story', { id });
    if (!row) return undefined;
    const r = Row.parse(row);
    // Stories pinned before forums were marked have none.
    const forums = z.array(EmbedForumSchema).parse(r.forums === null ? [] : JSON.parse(r.forums));
    return { id: r.id, pinnedAt: r.pinnedAt, view: JSON.parse(r.view), graph: GraphSchema.parse(JSON.parse(r.graph)), forums };
  }
}
