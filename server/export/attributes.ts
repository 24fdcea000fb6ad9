// The node and link attributes every export format writes, with their types: one list, so GraphML keys, GEXF
// attributes and CSV columns cannot drift apart. Lists are joined with ';'; unknown values are left out.
import type { GraphLink, GraphNode } from '../../core/schemas/graph.schema.ts';
import type { ExportNode } from './export.repository.ts';
import type { Lang } from '../../core/schemas/common.schema.ts';

export type AttrType = 'string' | 'double' | 'int';

export const nodeAttributes: Array<{ name: keyof ExportNode; type: AttrType }> = [
  { name: 'type', type: 'string' },
  { name: 'nameRu', type: 'string' },
  { name: 'nameEn', type: 'string' },
  { name: 'country', type: 'string' },
  { name: 'lat', type: 'double' },
  { name: 'lon', type: 'double' },
  { name: 'coordinatesSources', type: 'string' },
  { name: 'degree', type: 'int' },
];

export const linkAttributes: Array<{ name: keyof GraphLink; type: AttrType }> = [
  { name: 'kind', type: 'string' },
  { name: 'kinds', type: 'string' },
  { name: 'date', type: 'string' },
  { name: 'datePrecision', type: 'string' },
  { name: 'year', type: 'int' },
  { name: 'agreements', type: 'string' },
  { name: 'sources', type: 'string' },
];

export function attrValue(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return v.length ? v.join(';') : undefined;
  return String(v);
}

/** The node's name in the chosen language, else in the other one (never made up), else its id. */
export function nodeLabel(n: GraphNode, lang: Lang = 'en'): string {
  return (lang === 'ru' ? (n.nameRu ?? n.nameEn) : (n.nameEn ?? n.nameRu)) ?? n.id;
}
