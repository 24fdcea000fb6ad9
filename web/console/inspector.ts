// The console graph's inspector, as in Neo4j Browser: every property of the clicked node or relationship, by its
// stored name, in the value's faithful JSON shape; source ids (a `sources` list, a Source node) link to the source's
// readable page. A node lists its relationships in the result, so each is reachable from the keyboard too.
import type { CypherNode, CypherRelationship } from '../../core/schemas/cypher-console.schema.ts';
import { sourcePagePath } from '../../core/text/source-title.ts';
import { h } from '../src/views/dom.ts';
import { labelColour, type DrawnGraph } from './graph-data.ts';
import type { ConsoleLang, ConsoleWords } from './words.ts';

export type Inspected = { kind: 'node'; id: string } | { kind: 'relationship'; id: string };

function valueText(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')) return `[${v.join(', ')}]`;
  const point = v as { $kind?: string; x?: number; y?: number; z?: number };
  if (point.$kind === 'point') return `point(${[point.x, point.y, point.z].filter((c) => c !== undefined).join(', ')})`;
  return JSON.stringify(v);
}

const sourceLink = (id: string, lang: ConsoleLang) =>
  h('a', { href: sourcePagePath(id, lang), target: '_blank', rel: 'noopener noreferrer', class: 'cc-source' }, id);

function valueCell(key: string, v: unknown, lang: ConsoleLang): HTMLElement {
  const ids = key === 'sources' && Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  if (!ids) return h('td', {}, valueText(v));
  return h(
    'td',
    {},
    ids.flatMap((id, i) => [i ? ', ' : '', sourceLink(id, lang)]),
  );
}

function propertyTable(rows: [string, unknown][], w: ConsoleWords, lang: ConsoleLang): HTMLElement {
  return h(
    'table',
    { class: 'cc-properties' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, w.property), h('th', { scope: 'col' }, w.value))),
    h(
      'tbody',
      {},
      rows.map(([key, v]) =>
        h('tr', { 'data-property': key }, h('th', { scope: 'row' }, h('code', {}, key)), valueCell(key, v, lang)),
      ),
    ),
  );
}

const sorted = (p: Record<string, unknown>) => Object.entries(p).sort(([a], [b]) => a.localeCompare(b));

export interface InspectorContext {
  graph: DrawnGraph;
  w: ConsoleWords;
  lang: ConsoleLang;
  open(target: Inspected): void;
  close(): void;
}

/** The inspector's content for a node or a relationship of the drawn graph. */
export function renderInspector(target: Inspected, ctx: InspectorContext): HTMLElement[] {
  const { graph, w, lang, open } = ctx;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodeButton = (id: string) =>
    h(
      'button',
      { type: 'button', class: 'cc-link', onclick: () => open({ kind: 'node', id }) },
      byId.get(id)?.caption ?? id,
    );
  const close = h('button', { type: 'button', class: 'cc-close', 'aria-label': w.close, onclick: ctx.close }, '×');
  return (target.kind === 'node' ? nodeParts(target.id) : relParts(target.id)).filter(
    (x): x is HTMLElement => x !== null,
  );

  function nodeParts(id: string): (HTMLElement | null)[] {
    const n: CypherNode = byId.get(id)!.node;
    const own = graph.links.filter((l) => l.source === n.id || l.target === n.id);
    const isSource = n.labels.includes('Source') && typeof n.properties['id'] === 'string';
    return [
      h(
        'h3',
        {},
        n.labels.map((l) => {
          const chip = h('span', { class: 'cc-label-chip' }, l);
          chip.style.setProperty('--swatch', labelColour(l));
          return chip;
        }),
        ' ',
        byId.get(n.id)!.caption,
        close,
      ),
      propertyTable([['<elementId>', n.id], ...sorted(n.properties)], w, lang),
      isSource ? h('p', {}, sourceLink(n.properties['id'] as string, lang), ` — ${w.sourcePage}`) : null,
      own.length
        ? h(
            'section',
            {},
            h('h4', {}, w.relationshipsHere(own.length)),
            h(
              'ul',
              { class: 'cc-rel-list' },
              own.map((l) =>
                h(
                  'li',
                  {},
                  h(
                    'button',
                    { type: 'button', class: 'cc-link', onclick: () => open({ kind: 'relationship', id: l.id }) },
                    `${l.source === n.id ? '→' : '←'} [:${l.type}] ${byId.get(l.source === n.id ? l.target : l.source)?.caption ?? ''}`,
                  ),
                ),
              ),
            ),
          )
        : null,
    ];
  }

  function relParts(id: string): HTMLElement[] {
    const r: CypherRelationship = graph.links.find((l) => l.id === id)!.rel;
    return [
      h('h3', {}, h('code', {}, `[:${r.type}]`), ' ', nodeButton(r.start), ' → ', nodeButton(r.end), close),
      propertyTable([['<elementId>', r.id], ...sorted(r.properties)], w, lang),
    ];
  }
}
