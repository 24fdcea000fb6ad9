// Response bodies kept until the graph changes. Freshness is exact, not timed: each lookup first asks Neo4j for
// the marker of its last commit (Database.lastCommit, one short round trip) and an entry made under another
// marker is recomputed, so writes by anyone are seen at once — except this process's pinned stories, which are
// content, not graph data (Database.writeContent), so pinning one keeps every entry. Bounded by size (lru-cache:
// least recently used entries go first; text counts 2 bytes a character, as V8 keeps
// it); concurrent misses of one key share one computation.
import { LRUCache } from 'lru-cache';
import type { Database } from '../db/database.ts';

/** A response body: text, or bytes (a PNG). */
type Body = string | Uint8Array;

interface Entry {
  marker: string;
  body: Body;
}

/** 64 MB (the world's /api/graph is kept gzipped, ~1 MB; its selections as JSON text, up to ~15 MB). */
const CACHE_MAX_BYTES = 64 * 1024 * 1024;

/** Memory a body holds: its bytes, or for text 2 bytes a character — V8 keeps a string with any non-Latin-1
 *  character (every Cyrillic name) two bytes a character, so counting characters let the cache hold up to twice
 *  its bound. */
export const bodyBytes = (body: Body) => Math.max(1, typeof body === 'string' ? body.length * 2 : body.byteLength);

export class GraphChangeCache {
  private readonly entries: LRUCache<string, Entry> | null;
  private readonly pending = new Map<string, Promise<Body>>();
  /** Moves when this process stores the city metrics (see `metricsTag`). */
  private metricsRevision = 0;

  constructor(
    private readonly db: Pick<Database, 'lastCommit'>,
    maxBytes = CACHE_MAX_BYTES,
  ) {
    this.entries =
      maxBytes > 0
        ? new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: (e) => bodyBytes(e.body) })
        : null;
  }

  /** The city metrics are stored as content (Database.writeContent: not a graph change, so the marker stays), yet
   *  /api/graph and the embeds coloured by community show them. The keys of such bodies start with this tag, and
   *  `metricsStored` drops them and moves it: a body made before the metrics landed is never served after. */
  metricsTag(): string {
    return `metrics#${this.metricsRevision}`;
  }

  /** This process stored new city metrics: the bodies that show them are made again. */
  metricsStored(): void {
    const old = this.metricsTag();
    this.metricsRevision++;
    for (const key of [...(this.entries?.keys() ?? [])]) if (key.startsWith(old)) this.entries!.delete(key);
  }

  /** What the cache holds now (diagnostics): its bytes as the bound counts them, and its entries. */
  stats(): { bytes: number; entries: number } {
    return { bytes: this.entries?.calculatedSize ?? 0, entries: this.entries?.size ?? 0 };
  }

  /** The body for `key` as of the graph's last commit: cached, or computed (and kept) when the graph has changed.
   *  `compute` gets the marker it works under, so a body built from another cached body (a PNG from its SVG) can
   *  pass it on as `at` instead of asking Neo4j again. */
  async get<T extends Body>(key: string, compute: (marker: string | undefined) => Promise<T>, at?: string): Promise<T> {
    const entries = this.entries;
    if (!entries) return compute(undefined); // turned off
    const marker = at ?? (await this.db.lastCommit());
    const hit = entries.get(key);
    if (hit?.marker === marker) return hit.body as T;
    // The marker is read before computing: a write committed meanwhile makes the next lookup a miss, never stale.
    const flight = `${marker}\n${key}`;
    let body = this.pending.get(flight) as Promise<T> | undefined;
    if (!body) {
      body = compute(marker)
        .then((b) => (entries.set(key, { marker, body: b }), b))
        .finally(() => this.pending.delete(flight));
      this.pending.set(flight, body);
    }
    return body;
  }
}
