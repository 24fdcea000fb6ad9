// Which places and ties are shown for a view state: filters (year, undated, countries, kinds, minimum ties),
// then the explored neighbourhood (focus ± depth, expanded, dismissed), then the highlighted path. Pure.
import type { ViewState } from '../../../core/view/view-state.ts';
import { type GraphModel, otherEnd } from './graph-model.ts';

/** How many neighbours one "expand" adds, most connected first. */
export const EXPAND_CAP = 12;

export interface Visible {
  node: Uint8Array;
  link: Uint8Array;
  nodes: number[];
  links: number[];
  /** Ties of each node that pass the filters (not only those shown). */
  ties: Int32Array;
  /** Expanded nodes → how many of their neighbours are still hidden. */
  remaining: Map<number, number>;
  pathNodes: Set<number>;
  pathLinks: Set<number>;
}

export type VisibilityInput = Pick<
  ViewState,
  'year' | 'undated' | 'countries' | 'kinds' | 'minTies' | 'focus' | 'depth' | 'expanded' | 'dismissed'
>;

/** Whether a tie passes the time and kind filters (countries are checked on its ends). */
export function linkPasses(
  model: GraphModel,
  l: number,
  s: VisibilityInput,
  countries: Set<string> | null,
  kinds: Set<string> | null,
): boolean {
  const link = model.links[l]!;
  if (link.year === null ? !s.undated : link.year > s.year) return false;
  if (kinds && !kinds.has(link.kind)) return false;
  if (countries) {
    const a = model.nodes[model.source[l]!]!.country;
    const b = model.nodes[model.target[l]!]!.country;
    if (!a || !b || !countries.has(a) || !countries.has(b)) return false;
  }
  return true;
}

export function computeVisible(model: GraphModel, s: VisibilityInput, path: readonly string[] = []): Visible {
  const n = model.nodes.length;
  const m = model.links.length;
  const countries = s.countries.length ? new Set(s.countries) : null;
  const kinds = s.kinds.length ? new Set(s.kinds) : null;
  const dismissed = new Set(s.dismissed.map((id) => model.index.get(id)).filter((i) => i !== undefined));
  const passes = new Uint8Array(m);
  const ties = new Int32Array(n);
  for (let l = 0; l < m; l++) {
    if (!linkPasses(model, l, s, countries, kinds)) continue;
    passes[l] = 1;
    ties[model.source[l]!]!++;
    ties[model.target[l]!]!++;
  }
  const node = new Uint8Array(n);
  const remaining = new Map<number, number>();
  const focus = s.focus === null ? undefined : model.index.get(s.focus);
  if (focus === undefined) {
    for (let i = 0; i < n; i++) if (ties[i]! > 0 && ties[i]! >= s.minTies && !dismissed.has(i)) node[i] = 1;
  } else {
    node[focus] = 1;
    let frontier = [focus];
    for (let d = 0; d < s.depth; d++) {
      const next: number[] = [];
      for (const u of frontier)
        for (const l of model.adjacency[u]!) {
          const v = otherEnd(model, l, u);
          if (passes[l] && !node[v] && !dismissed.has(v) && ties[v]! >= s.minTies) ((node[v] = 1), next.push(v));
        }
      frontier = next;
    }
    for (const id of s.expanded) {
      const u = model.index.get(id);
      if (u === undefined || !node[u]) continue;
      const hidden = model.adjacency[u]!.filter((l) => passes[l])
        .map((l) => otherEnd(model, l, u))
        .filter((v) => !node[v] && !dismissed.has(v) && ties[v]! >= s.minTies)
        .sort((a, b) => ties[b]! - ties[a]! || a - b);
      for (const v of hidden.slice(0, EXPAND_CAP)) node[v] = 1;
      remaining.set(u, Math.max(0, hidden.length - EXPAND_CAP));
    }
  }
  const pathNodes = new Set<number>();
  const pathLinks = new Set<number>();
  const pathIdx = path.map((id) => model.index.get(id));
  if (pathIdx.length > 1 && pathIdx.every((i) => i !== undefined)) {
    for (const i of pathIdx) (pathNodes.add(i!), (node[i!] = 1));
    for (let k = 1; k < pathIdx.length; k++) {
      const l = model.adjacency[pathIdx[k - 1]!]!.find((l) => otherEnd(model, l, pathIdx[k - 1]!) === pathIdx[k]);
      if (l !== undefined) pathLinks.add(l);
    }
  }
  const link = new Uint8Array(m);
  const links: number[] = [];
  for (let l = 0; l < m; l++)
    if ((passes[l] || pathLinks.has(l)) && node[model.source[l]!] && node[model.target[l]!])
      ((link[l] = 1), links.push(l));
  const nodes: number[] = [];
  for (let i = 0; i < n; i++) if (node[i]) nodes.push(i);
  return { node, link, nodes, links, ties, remaining, pathNodes, pathLinks };
}

/** The shown ties with a known year and without one: counted apart, so undated ties never read as history. */
export function countByDate(model: GraphModel, v: Visible): { dated: number; undated: number } {
  let undated = 0;
  for (const l of v.links) if (model.links[l]!.year === null) undated++;
  return { dated: v.links.length - undated, undated };
}
