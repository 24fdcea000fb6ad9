// What the explorer's PNG and SVG say around the picture: the view's title (core/view/view-title.ts, the same
// words as the embed's), what it counts, the colour rule's legend as the screen shows it, and the data credits
// the screen shows under the canvas — and the file name that says the same.
import { WORDS } from '../../../core/i18n/embed-words.ts';
import { COLOUR_RULES } from '../../../core/style/style-rules.ts';
import { embedViewOf } from '../../../core/view/embed-view.ts';
import { viewFileStem, viewTitle } from '../../../core/view/view-title.ts';
import type { ViewState } from '../../../core/view/view-state.ts';
import { tr } from '../i18n/strings.ts';
import { nodeName, type GraphModel } from '../model/graph-model.ts';
import type { Visible } from '../model/visibility.ts';
import type { FrameText } from '../render/export-frame.ts';
import { LEGEND_OPEN_ROWS, legendEntries } from '../views/legend.ts';

export function pictureText(s: ViewState, m: GraphModel, v: Visible): FrameText {
  const focus = s.focus ? m.index.get(s.focus) : undefined;
  const title = viewTitle(embedViewOf(s), s.lang, focus === undefined ? undefined : nodeName(m.nodes[focus]!, s.lang));
  const rows = legendEntries(m, v, s.colourBy, s.lang);
  const open = rows.length <= LEGEND_OPEN_ROWS + 1 ? rows : rows.slice(0, LEGEND_OPEN_ROWS);
  const subtitle = [
    `${v.nodes.length} ${tr(s.lang, 'places')} · ${v.links.length} ${tr(s.lang, 'ties')}`,
    ...(s.minTies ? [`${tr(s.lang, 'minTies')}: ${s.minTies}`] : []),
    `${tr(s.lang, 'colourBy')}: ${COLOUR_RULES[s.colourBy].name[s.lang]}`,
  ].join(' · ');
  // The credits the screen shows under the canvas (only while ties are shown), after the source line.
  const credits = [WORDS[s.lang].source, ...(v.links.length ? m.attribution : [])];
  return {
    title,
    subtitle,
    legend: open.map((r) => ({ label: `${r.label} ${r.count}`, colour: r.colour })),
    legendMore: rows.length - open.length,
    credits,
  };
}

/** pobratim-ru-kaluga-BY-RU-to1995 (+ -map on the map tab). */
export const pictureFileStem = (s: ViewState): string => viewFileStem(embedViewOf(s)) + (s.tab === 'map' ? '-map' : '');
