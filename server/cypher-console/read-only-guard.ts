// The guard in front of every console query: Neo4j plans the exact text (EXPLAIN runs nothing) and the plan must
// pass plan-rules.ts. Neo4j's own parser decides what the text means, so comments, odd case, Unicode look-alikes
// or hidden statements cannot make the guard and the database read different queries.
import { QueryRefusedError } from './console-errors.ts';
import { refuseBatching, refuseByPlan, refuseByQueryType, type PlanNode } from './plan-rules.ts';
import { VerdictCache, type Verdict } from './verdict-cache.ts';

export interface Explanation {
  queryType: string;
  plan: PlanNode | false;
}

export class ReadOnlyGuard {
  constructor(readonly cache = new VerdictCache()) {}

  /**
   * Resolves when the query may run; throws a QueryRefusedError (403) or a mapped Neo4j error (400) otherwise.
   * `explain` plans the text (in the console's worker thread, on the request's own lease).
   */
  async check(query: string, explain: (query: string) => Promise<Explanation>): Promise<void> {
    let verdict = this.cache.get(query);
    if (!verdict) {
      verdict = judge(await explain(query));
      this.cache.set(query, verdict);
    }
    if (!verdict.allowed) throw new QueryRefusedError(verdict.refusal);
  }
}

export function judge({ queryType, plan }: Explanation): Verdict {
  // The plan first: it names the exact reason (an administration command, LOAD CSV, a procedure) before the type.
  const refusal = refuseByPlan(plan) ?? refuseByQueryType(queryType) ?? refuseBatching(plan);
  return refusal ? { allowed: false, refusal } : { allowed: true };
}
