// Remembers the guard's verdict per exact query text (least recently used out first), so a repeated query skips
// its EXPLAIN. Safe against poisoning: the key is the whole text, byte for byte, and a verdict is stored only
// after Neo4j planned exactly that text; parameters cannot change the plan's operators or its query type.
import type { Refusal } from './plan-rules.ts';

export type Verdict = { allowed: true } | { allowed: false; refusal: Refusal };

export class VerdictCache {
  private readonly entries = new Map<string, Verdict>();
  constructor(private readonly capacity = 1_000) {}

  get(query: string): Verdict | undefined {
    const verdict = this.entries.get(query);
    if (verdict) {
      this.entries.delete(query);
      this.entries.set(query, verdict);
    }
    return verdict;
  }

  set(query: string, verdict: Verdict): void {
    this.entries.delete(query);
    this.entries.set(query, verdict);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
