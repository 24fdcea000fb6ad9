// The legend counts what is shown and names what the colours and sizes say: one row per value of the colour rule
// (core/style, the same colour the canvas draws), the first rows open and the rest behind «ещё N», then ties.
import {
  COLOUR_RULES,
  legendRows,
  SIZE_RULES,
  type ColourBy,
  type ColourRule,
  type SizeRule,
  type LegendRow,
  type SizeBy,
} from '../../../core/style/style-rules.ts';
import { pw } from '../i18n/profile-strings.ts';
import { tr } from '../i18n/strings.ts';
import type { GraphModel } from '../model/graph-model.ts';
import type { Visible } from '../model/visibility.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { h } from './dom.ts';

/** Rows shown before the rest fold away. */
export const LEGEND_OPEN_ROWS = 8;

/** The colour rule's rows over the places shown. Pure. */
export function legendEntries(model: GraphModel, visible: Visible, by: ColourBy, lang: Lang): LegendRow[] {
  return legendRows(
    by,
    visible.nodes.map((i) => ({ ...model.facts[i]!, shownTies: visible.ties[i] ?? 0 })),
    lang,
  );
}

/** The lines of the rules that read computed metrics: that they are computed, and whether they are yet (none of
 *  the places shown has them: drawn neutral). Pure. */
export function computedLines(
  model: GraphModel,
  visible: Visible,
  style: { colourBy: ColourBy; sizeBy: SizeBy },
  lang: Lang,
): string[] {
  const colour: ColourRule = COLOUR_RULES[style.colourBy];
  const size: SizeRule = SIZE_RULES[style.sizeBy];
  const notes = [colour, size].flatMap((r) => (r.computed ? [{ name: r.name[lang], ...r.computed }] : []));
  if (!notes.length) return [];
  const missing = notes.some((n) => visible.nodes.length > 0 && !visible.nodes.some((i) => n.has(model.facts[i]!)));
  return [...notes.map((n) => `${n.name}: ${n.note[lang]}`), ...(missing ? [pw(lang, 'metricsMissing')] : [])];
}

const row = (e: LegendRow) =>
  h(
    'li',
    { 'data-key': e.key ?? 'none', 'data-colour': e.colour },
    h('span', { class: 'swatch', style: `background:${e.colour}` }),
    `${e.label} `,
    h('span', { class: 'count' }, e.count),
  );

export function renderLegend(
  model: GraphModel,
  visible: Visible,
  style: { colourBy: ColourBy; sizeBy: SizeBy },
  lang: Lang,
  forumHosts = 0,
): HTMLElement {
  const rows = legendEntries(model, visible, style.colourBy, lang);
  const open = rows.length <= LEGEND_OPEN_ROWS + 1 ? rows : rows.slice(0, LEGEND_OPEN_ROWS);
  const rest = rows.slice(open.length);
  return h(
    'div',
    { class: 'legend', 'data-colour-by': style.colourBy },
    h(
      'p',
      { class: 'totals' },
      `${visible.nodes.length} ${tr(lang, 'places')} · ${visible.links.length} ${tr(lang, 'ties')}`,
    ),
    h(
      'p',
      { class: 'rule' },
      `${tr(lang, 'colourBy')}: ${COLOUR_RULES[style.colourBy].name[lang]} · ${tr(lang, 'sizeBy')}: ${SIZE_RULES[style.sizeBy].name[lang]}`,
    ),
    computedLines(model, visible, style, lang).map((line) => h('p', { class: 'computed-note muted' }, line)),
    forumHosts
      ? h(
          'p',
          { class: 'forum-key' },
          h('span', { class: 'diamond', 'aria-hidden': 'true' }, '◇'),
          ` ${tr(lang, 'forumHosts')} `,
          h('span', { class: 'count' }, forumHosts),
        )
      : null,
    h('ul', {}, open.map(row)),
    rest.length
      ? h(
          'details',
          { class: 'legend-more' },
          h('summary', {}, `${tr(lang, 'more')} ${rest.length}`),
          h('ul', {}, rest.map(row)),
        )
      : null,
  );
}
