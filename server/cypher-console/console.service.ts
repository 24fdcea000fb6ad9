// The console's rules in order: size cap → read-only guard (EXPLAIN) → run in a READ transaction with timeout
// and row cap. Every refusal is a typed 4xx error; the route only parses input and sends the answer.
import { AppError } from '../http/errors.ts';
import type { CypherRequest, CypherResult, CypherSchemaInfo } from '../schemas/cypher-console.schema.ts';
import type { ConsoleOptions } from './console.config.ts';
import { mapConsoleError } from './console-errors.ts';
import type { ConsoleRepository } from './console.repository.ts';
import { ReadOnlyGuard } from './read-only-guard.ts';

export class ConsoleService {
  readonly guard: ReadOnlyGuard;

  constructor(
    private readonly repo: ConsoleRepository,
    private readonly options: ConsoleOptions,
  ) {
    this.guard = new ReadOnlyGuard((query) => repo.explain(query, options.timeoutMs));
  }

  async run({ query, params }: CypherRequest): Promise<CypherResult> {
    const started = performance.now();
    if (query.length > this.options.maxQueryLength) {
      throw new AppError(413, 'query_too_long', `The query is ${query.length} characters long; the console accepts at most ${this.options.maxQueryLength}`);
    }
    try {
      await this.guard.check(query);
      const { columns, rows, graph, truncated } = await this.repo.run(query, params, this.options);
      const ms = Math.round((performance.now() - started) * 10) / 10;
      return { columns, rows, graph, summary: { queryType: 'r', ms, rows: rows.length, truncated } };
    } catch (err) {
      throw mapConsoleError(err, this.options.timeoutMs);
    }
  }

  async schema(): Promise<CypherSchemaInfo> {
    try {
      return await this.repo.schema();
    } catch (err) {
      throw mapConsoleError(err, 30_000);
    }
  }
}
