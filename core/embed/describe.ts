// A description of a view generated from its data, in the view's language: the iframe's title/aria-label,
// the readable text under the graph, the page's meta description and the snapshot's alt text.
import type { EmbedForum } from '../schemas/embed.schema.ts';
import type { Graph, GraphLink, GraphNode } from '../schemas/graph.schema.ts';
import { WORDS, type Lang } from '../i18n/embed-words.ts';
import { countryName, nameOf, plural } from '../i18n/names.ts';

const LIST_CAP = 12;

export function describeView(
  graph: Graph,
  focus: string | undefined,
  lang: Lang,
  forums: readonly EmbedForum[] = [],
): string {
  if (graph.links.length === 0) return WORDS[lang].noTies;
  const f = focus ? graph.nodes.find((n) => n.id === focus) : undefined;
  const text = f ? describeFocus(graph, f, lang) : describeNetwork(graph, lang);
  const marked = forums.length ? ` ${WORDS[lang].forumsShown} ${forumsText(graph, forums, lang)}.` : '';
  return graph.truncated ? `${text}${marked} ${WORDS[lang].truncated}` : text + marked;
}

/** "IX — Могилёв (2017), VII — Минск (год неизвестен)": the marked editions, in edition order. */
export function forumsText(graph: Graph, forums: readonly EmbedForum[], lang: Lang): string {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return [...forums]
    .sort((a, b) => a.edition - b.edition)
    .map((f) => {
      const host = byId.get(f.host.id);
      return `${f.editionRoman} — ${host ? nameOf(host, lang) : f.host.id} (${f.year ?? WORDS[lang].yearUnknown})`;
    })
    .join(', ');
}

interface Partner {
  node: GraphNode;
  link: GraphLink;
}

function describeFocus(graph: Graph, focus: GraphNode, lang: Lang): string {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const partners: Partner[] = graph.links.flatMap((link) => {
    const other = link.source === focus.id ? link.target : link.target === focus.id ? link.source : undefined;
    const node = other ? byId.get(other) : undefined;
    return node ? [{ node, link }] : [];
  });
  const twins = partners.filter((p) => p.link.kinds.includes('twinning')).length;
  const n = partners.length;
  const head =
    lang === 'ru'
      ? `${nameOf(focus, lang)}: связи с ${n} ${plural('ru', n, { one: 'городом', other: 'городами' })}, из них ${twins} ${plural('ru', twins, { one: 'город-побратим', few: 'города-побратима', many: 'городов-побратимов', other: 'города-побратима' })}.`
      : `${nameOf(focus, lang)}: ties with ${n} ${plural('en', n, { one: 'city', other: 'cities' })}, ${twins} of them ${plural('en', twins, { one: 'a twin city', other: 'twin cities' })}.`;
  const groups = byCountry(partners, lang);
  const parts: string[] = [];
  let listed = 0;
  for (const [country, list] of groups) {
    if (listed >= LIST_CAP) break;
    const shown = list.slice(0, LIST_CAP - listed);
    listed += shown.length;
    parts.push(`${country} — ${shown.map((p) => partnerText(p, lang)).join(', ')}`);
  }
  const rest = n - listed;
  const tail = rest > 0 ? `; ${WORDS[lang].more(rest)}` : '';
  const depthNote = graph.nodes.length - 1 > n ? ` ${networkCounts(graph, lang)}` : '';
  return `${head} ${parts.join('; ')}${tail}.${depthNote}`;
}

function partnerText({ node, link }: Partner, lang: Lang): string {
  const w = WORDS[lang];
  const when = link.date ?? w.undated;
  const kind = link.kinds.includes('twinning') ? '' : `${w.kinds[link.kind] ?? link.kind}, `;
  return `${nameOf(node, lang)} (${kind}${when})`;
}

/** Countries with the most partners first; inside a country dated ties by date, undated last, then by name. */
function byCountry(partners: Partner[], lang: Lang): [string, Partner[]][] {
  const groups = new Map<string, Partner[]>();
  for (const p of partners) {
    const key = countryName(p.node.country, lang);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const collator = new Intl.Collator(lang);
  for (const list of groups.values()) {
    list.sort(
      (a, b) =>
        (a.link.date ?? '9999').localeCompare(b.link.date ?? '9999') ||
        collator.compare(nameOf(a.node, lang), nameOf(b.node, lang)),
    );
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || collator.compare(a[0], b[0]));
}

function networkCounts(graph: Graph, lang: Lang): string {
  const c = graph.nodes.length,
    l = graph.links.length;
  return lang === 'ru'
    ? `Всего на схеме ${c} ${plural('ru', c, { one: 'город', few: 'города', many: 'городов', other: 'города' })} и ${l} ${plural('ru', l, { one: 'связь', few: 'связи', many: 'связей', other: 'связи' })}.`
    : `The graph shows ${c} ${plural('en', c, { one: 'city', other: 'cities' })} and ${l} ${plural('en', l, { one: 'tie', other: 'ties' })}.`;
}

function describeNetwork(graph: Graph, lang: Lang): string {
  const degree = new Map<string, number>();
  for (const l of graph.links) for (const id of [l.source, l.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const top = [...graph.nodes]
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1))
    .slice(0, 3);
  const topText = top.map((n) => `${nameOf(n, lang)} (${degree.get(n.id) ?? 0})`).join(', ');
  const years = graph.links.flatMap((l) => (l.year === null ? [] : [l.year]));
  const span = years.length ? ` ${Math.min(...years)}–${Math.max(...years)}.` : '';
  return lang === 'ru'
    ? `${networkCounts(graph, lang)} Больше всего связей: ${topText}.${span ? ` Годы соглашений:${span}` : ''}`
    : `${networkCounts(graph, lang)} Most ties: ${topText}.${span ? ` Agreement years:${span}` : ''}`;
}
