// What the console's graph view draws of a result: a bounded set of nodes (in the order the rows name them) and
// the relationships between them, each node with a colour and a caption by its label, as Neo4j Browser does, and
// the legend of labels with counts. Pure: no DOM, so the rules are tested headlessly.
import type { CypherNode, CypherRelationship, CypherResult } from '../../core/schemas/cypher-console.schema.ts';
import { sourceTitle } from '../../core/text/source-title.ts';
import type { ConsoleLang } from './words.ts';

/** Nodes drawn at most: a result may hold thousands (the row cap is 5,000); past a few hundred an SVG graph stops
 *  being readable or quick to drag, and the table still has every row. */
export const MAX_DRAWN_NODES = 300;

/** The graph model's labels keep one colour each, in every result (Tableau 10: readable on light and dark). */
const LABEL_COLOURS: Record<string, string> = {
  City: '#4e79a7',
  Forum: '#f28e2b',
  Source: '#76b7b2',
  Agreement: '#59a14f',
  Country: '#edc948',
  Body: '#b07aa1',
  Delegation: '#ff9da7',
  Person: '#e15759',
  Investment: '#9c755f',
  Organisation: '#bab0ac',
};
const OTHER_COLOURS = ['#86bcb6', '#d4a6c8', '#f1ce63', '#a0cbe8', '#ffbe7d', '#8cd17d'];

export function labelColour(label: string): string {
  const known = LABEL_COLOURS[label];
  if (known) return known;
  let h = 0;
  for (const ch of label) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return OTHER_COLOURS[h % OTHER_COLOURS.length]!;
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined;
const short = (s: string, n = 28) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A node's caption by its label: a city or country by its name in the reader's language, a forum by its edition,
 *  a source by its title, an agreement by its kind and year; else a name, a title or the id. */
export function caption(node: Pick<CypherNode, 'labels' | 'properties'>, lang: ConsoleLang): string {
  const p = node.properties;
  const name = lang === 'ru' ? (text(p['nameRu']) ?? text(p['nameEn'])) : (text(p['nameEn']) ?? text(p['nameRu']));
  const label = node.labels[0] ?? '';
  const id = text(p['id']);
  switch (label) {
    case 'Forum': {
      const edition = text(p['editionRoman']) ?? text(p['edition']);
      return edition ? `${lang === 'ru' ? 'Форум' : 'Forum'} ${edition}` : (id ?? label);
    }
    case 'Source':
      return short(
        sourceTitle({
          title: text(p['title']) ?? null,
          publisher: text(p['publisher']) ?? '',
          date: text(p['date']) ?? null,
          id: id ?? label,
        }),
      );
    case 'Agreement':
      return [text(p['kind']), text(p['year']) ?? text(p['date'])].filter(Boolean).join(' ') || (id ?? label);
    default:
      return short(name ?? text(p['title']) ?? text(p['name']) ?? id ?? label);
  }
}

export interface DrawnNode {
  id: string;
  label: string;
  caption: string;
  colour: string;
  node: CypherNode;
}
export interface DrawnLink {
  id: string;
  source: string;
  target: string;
  type: string;
  rel: CypherRelationship;
}

export interface DrawnGraph {
  nodes: DrawnNode[];
  links: DrawnLink[];
  /** Nodes and relationships in the result, drawn or not. */
  total: { nodes: number; links: number };
  /** Labels of the drawn nodes with their colours and counts, most frequent first. */
  legend: { label: string; colour: string; count: number }[];
}

export function drawnGraph(
  { graph }: Pick<CypherResult, 'graph'>,
  lang: ConsoleLang,
  max = MAX_DRAWN_NODES,
): DrawnGraph {
  const nodes = graph.nodes.slice(0, max).map((node): DrawnNode => {
    const label = node.labels[0] ?? '';
    return { id: node.id, label, caption: caption(node, lang), colour: labelColour(label), node };
  });
  const ids = new Set(nodes.map((n) => n.id));
  const links = graph.links
    .filter((l) => ids.has(l.start) && ids.has(l.end))
    .map((rel): DrawnLink => ({ id: rel.id, source: rel.start, target: rel.end, type: rel.type, rel }));
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.label, (counts.get(n.label) ?? 0) + 1);
  const legend = [...counts]
    .map(([label, count]) => ({ label, colour: labelColour(label), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { nodes, links, total: { nodes: graph.nodes.length, links: graph.links.length }, legend };
}
