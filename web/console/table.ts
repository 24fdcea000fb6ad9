// The result as an HTML table: one row per record; nodes, relationships and paths shown compactly, JSON on hover.
import type { CypherResult } from '../../core/schemas/cypher-console.schema.ts';
import type { ConsoleWords } from './words.ts';

function brief(value: unknown, w: ConsoleWords): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return String(value);
  const v = value as {
    $kind?: string;
    labels?: string[];
    type?: string;
    properties?: Record<string, unknown>;
    nodes?: unknown[];
    x?: number;
    y?: number;
  };
  const name = (p?: Record<string, unknown>) => String(p?.['nameEn'] ?? p?.['nameRu'] ?? p?.['id'] ?? '');
  switch (v.$kind) {
    case 'node':
      return `(:${v.labels?.join(':')} ${name(v.properties)})`;
    case 'relationship':
      return `[:${v.type}${v.properties?.['id'] ? ` ${v.properties['id']}` : ''}]`;
    case 'path':
      return w.steps((v.nodes?.length ?? 1) - 1);
    case 'point':
      return `point(${v.x}, ${v.y})`;
    default:
      return JSON.stringify(value);
  }
}

export function renderTable(container: HTMLElement, result: CypherResult, w: ConsoleWords): void {
  const table = document.createElement('table');
  table.className = 'cc-table';
  const head = table.createTHead().insertRow();
  for (const c of result.columns)
    head.append(Object.assign(document.createElement('th'), { textContent: c, scope: 'col' }));
  const body = table.createTBody();
  for (const row of result.rows) {
    const tr = body.insertRow();
    for (const value of row) {
      const td = tr.insertCell();
      td.textContent = brief(value, w);
      if (value && typeof value === 'object') td.title = JSON.stringify(value, null, 1);
    }
  }
  container.replaceChildren(table);
}
