// The scene: what to draw and how, derived from the model, the visible set and the view state by pure reducers
// (sigma.js style). Built once per state change, not per frame; the drawing code only reads it.
import type { ForumMark } from '../model/canvas-forum-marks.ts';
import { type GraphModel, nodeName, otherEnd } from '../model/graph-model.ts';
import { nodeColour, SIZE_RULES, type ColourBy, type SizeBy } from '../../../core/style/style-rules.ts';
import type { Visible } from '../model/visibility.ts';
import type { Lang } from '../../../core/view/view-state.ts';

export interface StyleContext {
  colourBy: ColourBy;
  sizeBy: SizeBy;
  lang: Lang;
  selected: number | undefined;
  focus: number | undefined;
  /** Neighbours of the selection (highlighted with it). */
  neighbours: ReadonlySet<number>;
  visible: Visible;
}

export interface NodeDisplay {
  colour: string;
  /** Radius in screen pixels at zoom 1. */
  radius: number;
  faded: boolean;
  highlighted: boolean;
}

export type LinkStyle = 'faded' | 'undated' | 'normal' | 'undatedHighlight' | 'highlight' | 'path';

/** Node reducer: colour and size by the view's rules (core/style), faded when something else is selected. */
export function nodeReducer(model: GraphModel, i: number, ctx: StyleContext): NodeDisplay {
  const facts = { ...model.facts[i]!, shownTies: ctx.visible.ties[i] ?? 0 };
  const ties = SIZE_RULES[ctx.sizeBy].value(facts);
  const isSel = i === ctx.selected || i === ctx.focus || ctx.visible.pathNodes.has(i);
  const near = ctx.neighbours.has(i);
  return {
    colour: nodeColour(ctx.colourBy, facts),
    radius: 2 + 1.6 * Math.sqrt(ties),
    faded: ctx.selected !== undefined && !isSel && !near,
    highlighted: isSel,
  };
}

export function linkReducer(model: GraphModel, l: number, ctx: StyleContext): LinkStyle {
  if (ctx.visible.pathLinks.has(l)) return 'path';
  if (ctx.selected !== undefined && model.source[l] !== ctx.selected && model.target[l] !== ctx.selected)
    return 'faded';
  const undated = model.links[l]!.year === null; // dashed whatever else it is (but on a path)
  if (ctx.selected === undefined) return undated ? 'undated' : 'normal';
  return undated ? 'undatedHighlight' : 'highlight';
}

export interface NodeBatch {
  colour: string;
  faded: boolean;
  nodes: Int32Array;
}

export interface Scene {
  nodeCount: number;
  /** links[l] joins linkEnds[2l] and linkEnds[2l+1]. */
  linkEnds: Int32Array;
  /** Radius per model node (0 when hidden). */
  radius: Float32Array;
  /** Nodes grouped by colour and fading: one fill per batch. */
  nodeBatches: NodeBatch[];
  /** Links grouped by style, in drawing order (faded first, then undated, path last). */
  linkBatches: { style: LinkStyle; links: Int32Array }[];
  /** Highlighted nodes (selection, focus, path): drawn with a ring. */
  rings: Int32Array;
  /** Label candidates, most important first: selection, focus, path, then the most connected. */
  labelOrder: Int32Array;
  labels: string[];
  /** Badge per expanded node: neighbours still hidden. */
  badges: Map<number, number>;
  /** Places that hosted forums held by the chosen year, with the editions' numerals. */
  forums: readonly ForumMark[];
  selected: number | undefined;
}

export function selectionContext(
  model: GraphModel,
  visible: Visible,
  style: { colourBy: ColourBy; sizeBy: SizeBy },
  lang: Lang,
  selectedId: string | null,
  focusId: string | null,
): StyleContext {
  const selected = selectedId === null ? undefined : model.index.get(selectedId);
  const sel = selected !== undefined && visible.node[selected] ? selected : undefined;
  const neighbours = new Set<number>();
  if (sel !== undefined)
    for (const l of model.adjacency[sel]!) if (visible.link[l]) neighbours.add(otherEnd(model, l, sel));
  const focus = focusId === null ? undefined : model.index.get(focusId);
  return { colourBy: style.colourBy, sizeBy: style.sizeBy, lang, selected: sel, focus, neighbours, visible };
}

export function buildScene(model: GraphModel, ctx: StyleContext, forums: readonly ForumMark[] = []): Scene {
  const { visible } = ctx;
  const radius = new Float32Array(model.nodes.length);
  const batches = new Map<string, number[]>();
  const rings: number[] = [];
  for (const i of visible.nodes) {
    const d = nodeReducer(model, i, ctx);
    radius[i] = d.radius;
    const key = `${d.faded ? 1 : 0}${d.colour}`;
    let b = batches.get(key);
    if (!b) batches.set(key, (b = []));
    b.push(i);
    if (d.highlighted) rings.push(i);
  }
  const nodeBatches = [...batches.entries()]
    .sort((a, b) => b[0].localeCompare(a[0])) // faded ("1…") first, so bright nodes are drawn over them
    .map(([key, nodes]) => ({ colour: key.slice(1), faded: key[0] === '1', nodes: Int32Array.from(nodes) }));
  const byStyle: Record<LinkStyle, number[]> = {
    faded: [],
    undated: [],
    normal: [],
    undatedHighlight: [],
    highlight: [],
    path: [],
  };
  for (const l of visible.links) byStyle[linkReducer(model, l, ctx)].push(l);
  const linkBatches = (['faded', 'undated', 'normal', 'undatedHighlight', 'highlight', 'path'] as const)
    .filter((s) => byStyle[s].length)
    .map((style) => ({ style, links: Int32Array.from(byStyle[style]) }));
  const important = new Set<number>([
    ...(ctx.selected === undefined ? [] : [ctx.selected]),
    ...(ctx.focus !== undefined && visible.node[ctx.focus] ? [ctx.focus] : []),
    ...visible.pathNodes,
    ...ctx.neighbours,
  ]);
  const rest = visible.nodes
    .filter((i) => !important.has(i))
    .sort((a, b) => visible.ties[b]! - visible.ties[a]! || a - b);
  const labelOrder = Int32Array.from([...important, ...rest]);
  const labels: string[] = [];
  for (const i of labelOrder) labels[i] = nodeName(model.nodes[i]!, ctx.lang);
  return {
    nodeCount: visible.nodes.length,
    linkEnds: linkEnds(model),
    radius,
    nodeBatches,
    linkBatches,
    rings: Int32Array.from(rings),
    labelOrder,
    labels,
    badges: visible.remaining,
    forums,
    selected: ctx.selected,
  };
}

const ends = new WeakMap<GraphModel, Int32Array>();
function linkEnds(model: GraphModel): Int32Array {
  let e = ends.get(model);
  if (!e) {
    e = new Int32Array(model.links.length * 2);
    for (let l = 0; l < model.links.length; l++) ((e[2 * l] = model.source[l]!), (e[2 * l + 1] = model.target[l]!));
    ends.set(model, e);
  }
  return e;
}
