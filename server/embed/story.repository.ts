// Pinned stories: a frozen copy of a view's data stored as a :Story node, so a published embed never changes.
// Stories are content, not facts: unlinked, uncounted as citations, and invisible to the response cache's marker.
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { GraphSchema } from '../../core/schemas/graph.schema.ts';
import { EmbedForumSchema, type Story } from '../../core/schemas/embed.schema.ts';

const Row = z.object({
  id: z.string(),
  pinnedAt: z.string(),
  view: z.string(),
  graph: z.string(),
  forums: z.string().nullable(),
});

export class StoryRepository {
  constructor(private readonly db: Database) {}

  /** Stores the story unless one with this id exists; returns the stored pin time. A content write: it leaves
   *  the response cache's marker alone (Database.writeContent), and links the story to nothing. */
  async save(story: Story, text = storyText(story)): Promise<string> {
    const [row] = await this.db.writeContent<{ pinnedAt: string }>('merge-story', {
      id: story.id,
      pinnedAt: story.pinnedAt,
      ...text,
      bytes: storyBytes(text),
    });
    return row!.pinnedAt;
  }

  /** How many stories are stored, and the size of their frozen data. */
  async usage(): Promise<{ count: number; bytes: number }> {
    const [row] = await this.db.read<{ count: number; bytes: number }>('count-stories');
    return { count: row?.count ?? 0, bytes: row?.bytes ?? 0 };
  }

  async get(id: string): Promise<Story | undefined> {
    const [row] = await this.db.read('get-story', { id });
    if (!row) return undefined;
    const r = Row.parse(row);
    // Stories pinned before forums were marked have none.
    const forums = z.array(EmbedForumSchema).parse(r.forums === null ? [] : JSON.parse(r.forums));
    return {
      id: r.id,
      pinnedAt: r.pinnedAt,
      view: JSON.parse(r.view),
      graph: GraphSchema.parse(JSON.parse(r.graph)),
      forums,
    };
  }
}

/** A story's frozen parts as stored (JSON text). */
export function storyText(story: Story): { view: string; graph: string; forums: string } {
  return { view: JSON.stringify(story.view), graph: JSON.stringify(story.graph), forums: JSON.stringify(story.forums) };
}

export function storyBytes(text: { view: string; graph: string; forums: string }): number {
  return Buffer.byteLength(text.view) + Buffer.byteLength(text.graph) + Buffer.byteLength(text.forums);
}
