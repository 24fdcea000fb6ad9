// Rule-based styling, as in Neo4j Bloom and Kumu: a small registry of "colour by" and "size by" rules, each a pure
// function of a place's facts. The explorer's canvas, its SVG export, the legend and the embeds read the same
// rules, and the chosen ids travel in the URL (`colour=`, `size=`). A new rule (a community, a PageRank) is one
// entry here plus its words: the key it reads goes into NodeFacts, computed where the graph is.
import type { Lang } from '../schemas/common.schema.ts';
import type { ColourBy, SizeBy } from '../schemas/style.schema.ts';
import { countryName } from '../i18n/names.ts';
import { BELARUS_COLOUR, COUNTRY_HUES, NO_VALUE_COLOUR, RUSSIA_COLOUR, countryColour } from './country-colours.ts';

/** What the rules may read about a place. */
export interface NodeFacts {
  country: string | null;
  /** Ties of the place that pass the view's filters. */
  shownTies: number;
  /** All ties of the place in the graph, whatever is shown. */
  allTies: number;
  /** The year of its earliest dated tie (null: none dated). */
  firstYear: number | null;
  /** The kind most of its ties are (null: none). */
  mainKind: string | null;
  /** Computed (docs/analytics.md), null until computed for the current graph: the Louvain community (0 the largest). */
  community: number | null;
  /** Computed PageRank (plain and weighted by agreements), betweenness and closeness, in ties: scaled so the
   *  graph's highest equals its most ties (sizes then compare with size by ties); null until computed. */
  pagerank: number | null;
  pagerankWeighted: number | null;
  betweenness: number | null;
  closeness: number | null;
}

/** A rule that reads computed metrics: the legend says so, and says when they are not computed yet. */
export interface ComputedNote {
  note: Record<Lang, string>;
  /** Whether the place has the metric (false: not computed yet for this graph). */
  has: (f: NodeFacts) => boolean;
}

export interface ColourRule {
  /** The legend's heading and the menu's words. */
  name: Record<Lang, string>;
  /** The value a place is coloured by; null: none (the no-value grey). */
  key: (f: NodeFacts) => string | null;
  colour: (key: string) => string;
  /** The legend's words for a value. */
  label: (key: string, lang: Lang) => string;
  /** The legend's words for "no value". */
  none: Record<Lang, string>;
  /** Legend order: by count (most first) or by the value (decades in time order). */
  order: 'count' | 'key';
  computed?: ComputedNote;
}

export interface SizeRule {
  name: Record<Lang, string>;
  /** The quantity the area of the circle grows with. */
  value: (f: NodeFacts) => number;
  computed?: ComputedNote;
}

/** Tie kinds' colours: the embed's line colours, so a kind reads the same on a node and on a tie. */
export const KIND_COLOURS: Readonly<Record<string, string>> = {
  twinning: '#c0392b',
  partnership: '#2e86c1',
  cooperation: '#6c7a7d',
};
const KIND_WORDS: Record<Lang, Record<string, string>> = {
  ru: { twinning: 'побратимство', partnership: 'партнёрство', cooperation: 'сотрудничество' },
  en: { twinning: 'twinning', partnership: 'partnership', cooperation: 'cooperation' },
};

/** Decades from the 1950s on, one hue each in time order (a sequential scale would blur neighbours). */
const decadeColour = (key: string) => {
  const i = Math.max(0, Math.floor((Number(key) - 1950) / 10));
  return COUNTRY_HUES[i % COUNTRY_HUES.length]!;
};

/** The ten largest communities (numbered by size, the same in every view) take distinct hues; the rest share a
 *  light grey "other", apart from the darker no-value grey of "not computed". */
export const COMMUNITY_COLOURS = [RUSSIA_COLOUR, BELARUS_COLOUR, ...COUNTRY_HUES.slice(0, 8)] as const;
export const OTHER_COMMUNITY_COLOUR = '#d4d4d4';
const LOUVAIN: ComputedNote = {
  note: {
    ru: 'вычислено Pobratim по графу (Louvain с постоянным зерном), не из источников',
    en: 'computed by Pobratim from the graph (Louvain, seeded), not from sources',
  },
  has: (f) => f.community !== null,
};
const metricNote = (has: ComputedNote['has']): ComputedNote => ({
  note: {
    ru: 'вычислено Pobratim по графу, не из источников',
    en: 'computed by Pobratim from the graph, not from sources',
  },
  has,
});

export const COLOUR_RULES = {
  country: {
    name: { ru: 'страна', en: 'country' },
    key: (f) => f.country,
    colour: countryColour,
    label: (k, lang) => countryName(k, lang),
    none: { ru: 'страна неизвестна', en: 'unknown country' },
    order: 'count',
  },
  kind: {
    name: { ru: 'вид связей', en: 'kind of ties' },
    key: (f) => f.mainKind,
    colour: (k) => KIND_COLOURS[k] ?? NO_VALUE_COLOUR,
    label: (k, lang) => KIND_WORDS[lang][k] ?? k,
    none: { ru: 'нет связей', en: 'no ties' },
    order: 'count',
  },
  decade: {
    name: { ru: 'десятилетие первой связи', en: 'decade of the first tie' },
    key: (f) => (f.firstYear === null ? null : String(Math.floor(f.firstYear / 10) * 10)),
    colour: decadeColour,
    label: (k, lang) => (lang === 'ru' ? `${k}-е` : `${k}s`),
    none: { ru: 'без даты', en: 'undated' },
    order: 'key',
  },
  community: {
    name: { ru: 'сообщество', en: 'community' },
    key: (f) => (f.community === null ? null : f.community < COMMUNITY_COLOURS.length ? String(f.community) : 'other'),
    colour: (k) => COMMUNITY_COLOURS[Number(k)] ?? OTHER_COMMUNITY_COLOUR,
    label: (k, lang) =>
      k === 'other'
        ? lang === 'ru'
          ? 'другие сообщества'
          : 'other communities'
        : `${lang === 'ru' ? 'сообщество' : 'community'} № ${k}`,
    none: { ru: 'не вычислено', en: 'not computed' },
    order: 'key',
    computed: LOUVAIN,
  },
} as const satisfies Record<ColourBy, ColourRule>;

/** A metric not computed yet draws every place at one middle size (as one tie would). */
const NEUTRAL_SIZE = 1;

export const SIZE_RULES = {
  shown: { name: { ru: 'связи на виду', en: 'ties shown' }, value: (f) => f.shownTies },
  all: { name: { ru: 'все связи (степень)', en: 'all ties (degree)' }, value: (f) => f.allTies },
  pagerank: {
    name: { ru: 'PageRank', en: 'PageRank' },
    value: (f) => f.pagerank ?? NEUTRAL_SIZE,
    computed: metricNote((f) => f.pagerank !== null),
  },
  pagerankWeighted: {
    name: { ru: 'PageRank по соглашениям', en: 'PageRank by agreements' },
    value: (f) => f.pagerankWeighted ?? NEUTRAL_SIZE,
    computed: metricNote((f) => f.pagerankWeighted !== null),
  },
  betweenness: {
    name: { ru: 'посредничество', en: 'betweenness' },
    value: (f) => f.betweenness ?? NEUTRAL_SIZE,
    computed: metricNote((f) => f.betweenness !== null),
  },
  closeness: {
    name: { ru: 'близость', en: 'closeness' },
    value: (f) => f.closeness ?? NEUTRAL_SIZE,
    computed: metricNote((f) => f.closeness !== null),
  },
} as const satisfies Record<SizeBy, SizeRule>;

export type { ColourBy, SizeBy };
export const COLOUR_BY = Object.keys(COLOUR_RULES) as ColourBy[];
export const SIZE_BY = Object.keys(SIZE_RULES) as SizeBy[];
export const isColourBy = (v: string | null): v is ColourBy => v !== null && v in COLOUR_RULES;
export const isSizeBy = (v: string | null): v is SizeBy => v !== null && v in SIZE_RULES;

/** A place's fill under a rule. */
export function nodeColour(by: ColourBy, f: NodeFacts): string {
  const rule: ColourRule = COLOUR_RULES[by];
  const k = rule.key(f);
  return k === null ? NO_VALUE_COLOUR : rule.colour(k);
}

export interface LegendRow {
  /** null: the "no value" row. */
  key: string | null;
  label: string;
  colour: string;
  count: number;
}

/** The legend of a colour rule over the places shown: one row per value (its colour is the one drawn), the
 *  "no value" row last. The same rows for the explorer's legend, its exports and the embeds. */
export function legendRows(by: ColourBy, facts: Iterable<NodeFacts>, lang: Lang): LegendRow[] {
  const rule: ColourRule = COLOUR_RULES[by];
  const counts = new Map<string, number>();
  let none = 0;
  for (const f of facts) {
    const k = rule.key(f);
    if (k === null) none++;
    else counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const rows: LegendRow[] = [...counts].map(([key, count]) => ({
    key,
    label: rule.label(key, lang),
    colour: rule.colour(key),
    count,
  }));
  rows.sort((a, b) =>
    rule.order === 'key' ? (a.key! < b.key! ? -1 : 1) : b.count - a.count || (a.key! < b.key! ? -1 : 1),
  );
  if (none) rows.push({ key: null, label: rule.none[lang], colour: NO_VALUE_COLOUR, count: none });
  return rows;
}

type FactsNode = {
  id: string;
  country: string | null;
  degree?: number;
  community?: number | null;
  pagerank?: number | null;
  pagerankWeighted?: number | null;
  betweenness?: number | null;
  closeness?: number | null;
};
type FactsLink = { source: string; target: string; kind: string; year: number | null };

/** The facts of every place of a graph from its ties (first dated year, main kind, all ties). `shownTies`
 *  starts as all ties; a view that filters sets it. */
export function graphFacts(nodes: readonly FactsNode[], links: readonly FactsLink[]): Map<string, NodeFacts> {
  const at = new Map(nodes.map((n, i) => [n.id, i]));
  const source = links.map((l) => at.get(l.source) ?? -1);
  const target = links.map((l) => at.get(l.target) ?? -1);
  const list = factsByPosition(nodes, links, source, target);
  return new Map(list.map((f, i) => [nodes[i]!.id, f]));
}

/** The same facts, in node order, for links whose ends are given as node positions (-1: not a node here) — the
 *  explorer's model has them already, and looking ids up again was a good part of its start-up. */
export function factsByPosition(
  nodes: readonly FactsNode[],
  links: readonly Pick<FactsLink, 'kind' | 'year'>[],
  source: ArrayLike<number>,
  target: ArrayLike<number>,
): NodeFacts[] {
  // Counted by node position, one count array per kind (a handful): a map of kinds per place was ~0.1–0.4 s on
  // the world's 17k places and 25k ties, on the explorer's start-up path. The facts objects are made once, at the
  // end, with their final values: filling them in afterwards (a number where `null` was) changed their hidden
  // class 17k times over and was most of this function's time in a profile of the page.
  const shown = new Int32Array(nodes.length);
  const first = new Int32Array(nodes.length).fill(NO_YEAR);
  const counts = new Map<string, Int32Array>();
  const count = (i: number, kind: Int32Array, year: number | null) => {
    if (i < 0) return;
    shown[i]!++;
    if (year !== null && year < first[i]!) first[i] = year;
    kind[i]!++;
  };
  links.forEach((l, j) => {
    let kind = counts.get(l.kind);
    if (!kind) counts.set(l.kind, (kind = new Int32Array(nodes.length)));
    count(source[j]!, kind, l.year);
    count(target[j]!, kind, l.year);
  });
  // The main kind: the most frequent, ties broken by name.
  const kinds = [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
  const mainKind = (i: number) => {
    let best = 0;
    let main: string | null = null;
    for (const [kind, c] of kinds) if (c[i]! > best) ((best = c[i]!), (main = kind));
    return main;
  };
  const allTies = (i: number) => nodes[i]!.degree || shown[i]!;
  // Metrics in ties: the graph's highest value becomes its most ties, so a metric's sizes sit beside the ties'.
  let ties = 1;
  const top = { pagerank: 0, pagerankWeighted: 0, betweenness: 0, closeness: 0 };
  nodes.forEach((n, i) => {
    ties = Math.max(ties, allTies(i));
    top.pagerank = Math.max(top.pagerank, n.pagerank ?? 0);
    top.pagerankWeighted = Math.max(top.pagerankWeighted, n.pagerankWeighted ?? 0);
    top.betweenness = Math.max(top.betweenness, n.betweenness ?? 0);
    top.closeness = Math.max(top.closeness, n.closeness ?? 0);
  });
  const scaled = (v: number | null | undefined, max: number) => (v == null ? null : max > 0 ? (v / max) * ties : 0);
  return nodes.map((n, i) => ({
    country: n.country,
    shownTies: shown[i]!,
    allTies: allTies(i),
    firstYear: first[i] === NO_YEAR ? null : first[i]!,
    mainKind: mainKind(i),
    community: n.community ?? null,
    pagerank: scaled(n.pagerank, top.pagerank),
    pagerankWeighted: scaled(n.pagerankWeighted, top.pagerankWeighted),
    betweenness: scaled(n.betweenness, top.betweenness),
    closeness: scaled(n.closeness, top.closeness),
  }));
}

/** No dated tie counted yet (a year no tie has). */
const NO_YEAR = 2 ** 31 - 1;
