// The read-only rules applied to an EXPLAIN plan: the query type must be read-only, and no operator may load
// files/URLs, run an administration or transaction command, or call a procedure outside a short allow-list.
// Pure, so every rule is unit-tested without a database; the database still has the last word (READ mode).
import type { ErrorCode } from '../errors/error-codes.ts';

/** The part of neo4j-driver's Plan this needs. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Read-only procedures a researcher may call (schema introspection and full-text search). */
export const allowedProcedures: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
];

/** SHOW commands that only describe the graph's own schema; every other SHOW (settings, transactions, …) is refused. */
const allowedShowOperators = new Set(['ShowIndexes', 'ShowConstraints']);

export interface Refusal {
  code: ErrorCode;
  message: string;
}

const refuse = (code: ErrorCode, message: string): Refusal => ({ code, message });

export function refuseByQueryType(queryType: string): Refusal | undefined {
  if (queryType === 'r') return undefined;
  if (queryType === 's')
    return refuse(
      'schema_refused',
      'The console is read-only: schema and administration commands (indexes, constraints, users, databases) are refused',
    );
  return refuse(
    'write_refused',
    'The console is read-only: this query would change the data (CREATE, MERGE, SET, DELETE, REMOVE or a writing procedure), so it was not run',
  );
}

/** The first refusal found anywhere in the plan tree, or undefined when every operator is allowed. */
export function refuseByPlan(plan: PlanNode | false | undefined): Refusal | undefined {
  if (!plan) return undefined;
  const [operator, planner = ''] = plan.operatorType.split('@');
  const refusal = refuseOperator(operator!, planner, plan.arguments);
  if (refusal) return refusal;
  for (const child of plan.children) {
    const inner = refuseByPlan(child);
    if (inner) return inner;
  }
  return undefined;
}

function refuseOperator(operator: string, planner: string, args: Record<string, unknown>): Refusal | undefined {
  if (planner === 'system' || operator === 'AdministrationCommand') {
    return refuse(
      'admin_refused',
      'The console is read-only: administration commands (users, roles, databases) are refused',
    );
  }
  if (operator.startsWith('LoadCSV')) {
    return refuse('load_csv_refused', 'The console does not read files or URLs: LOAD CSV is refused');
  }
  if (operator.startsWith('Terminate') || (operator.startsWith('Show') && !allowedShowOperators.has(operator))) {
    return refuse(
      'admin_refused',
      'The console answers questions about the graph only: server commands such as SHOW SETTINGS, SHOW TRANSACTIONS or TERMINATE are refused (SHOW INDEXES and SHOW CONSTRAINTS are allowed)',
    );
  }
  if (operator.startsWith('ProcedureCall')) {
    const name = procedureName(args);
    if (!name || !allowedProcedures.includes(name)) return procedureRefusal(name);
  }
  return undefined;
}

/**
 * `CALL { … } IN TRANSACTIONS` (TransactionApply / TransactionForeach) needs an auto-commit transaction, which the
 * console never opens: Neo4j would fail it with a DatabaseError. Checked after the write rules, so a writing batch
 * is still refused as a write.
 */
export function refuseBatching(plan: PlanNode | false | undefined): Refusal | undefined {
  if (!plan) return undefined;
  if (/^Transaction(Apply|Foreach)/.test(plan.operatorType)) {
    return {
      code: 'in_transactions_refused',
      message:
        'The console runs each query in one read transaction: CALL { … } IN TRANSACTIONS is refused; drop IN TRANSACTIONS (a read needs no batching)',
    };
  }
  for (const child of plan.children) {
    const inner = refuseBatching(child);
    if (inner) return inner;
  }
  return undefined;
}

export function procedureRefusal(name: string | undefined): Refusal {
  return refuse(
    'procedure_refused',
    `The console may call only these procedures: ${allowedProcedures.join(', ')}${name ? ` (not ${name})` : ''}`,
  );
}

/** `db.labels() :: (label :: STRING)` → `db.labels`; the name is what precedes the argument list. */
export function procedureName(args: Record<string, unknown>): string | undefined {
  const details = args['Details'];
  if (typeof details !== 'string') return undefined;
  return /^\s*([\p{L}\p{N}_.`]+)\s*\(/u.exec(details)?.[1]?.replaceAll('`', '');
}
