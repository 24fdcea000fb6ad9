// Response bodies kept until the graph changes. Freshness is exact, not timed: each lookup first asks Neo4j for
// the marker of its last commit (Database.lastCommit, one short round trip) and an entry made under another
// marker is recomputed, so writes by anyone are seen at once — except this process's pinned stories, which are
// content, not graph data (Database.writeContent), so pinning one keeps every entry. Bounded by size (lru-cache:
// least recently used entries go first); concurrent misses of one key share one computation.
import { LRUCache } from 'lru-cache';
import type { Database } from '../db/database.ts';

/** A response body: text, or bytes (a PNG). */
type Body = string | Uint8Array;

interface Entry { marker: string; body: Body }

/** 64 M characters or bytes (the world's /api/graph is 7.6 M). */
const CACHE_MAX_CHARS = 64 * 1024 * 1024;

export class GraphChangeCache {
  private readonly entries: LRUCache<string, Entry> | null;
  private readonly pending = new Map<string, Promise<Body>>();

  constructor(private readonly db: Pick<Database, 'lastCommit'>, maxChars = CACHE_MAX_CHARS) {
    this.entries = maxChars > 0 ? new LRUCache<string, Entry>({ maxSize: maxChars, sizeCalculation: (e) => Math.max(1, e.body.length) }) : null;
  }

  /** What the cache holds now (diagnostics): its size as the bound counts it, and its entries. */
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
