// The details panel for a forum: edition, host, dates, theme, and the delegations with their members and sources.
import type { z } from 'zod';
import type { ForumDetailSchema } from '../../../core/schemas/forum.schema.ts';
import { tr } from '../i18n/strings.ts';
import { nodeName } from '../model/graph-model.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { sourceLinks } from './details-panel.ts';
import { h } from './dom.ts';
import { noteIn } from '../i18n/data-notes.ts';

export function renderForumDetails(
  d: z.infer<typeof ForumDetailSchema>,
  lang: Lang,
  select: (cityId: string) => void,
): HTMLElement {
  const src = new Map(d.sources.map((x) => [x.id, x]));
  const f = d.forum;
  return h(
    'article',
    { class: 'forum-details' },
    h('h2', {}, `${f.editionRoman} — ${f.host ? nodeName(f.host, lang) : '?'}`),
    h(
      'p',
      {},
      `${f.startDate ?? (f.dateNote && noteIn(f.dateNote, lang).text) ?? tr(lang, 'noDate')}${f.endDate ? ' – ' + f.endDate : ''} `,
      sourceLinks(f.sources, src, lang),
    ),
    // The theme is the forum's own words, in Russian: a quotation, marked so in the English interface.
    f.theme
      ? h(
          'p',
          { class: 'forum-theme' },
          h('q', { lang: 'ru' }, f.theme),
          lang === 'en' ? h('span', { class: 'muted' }, ' (in Russian)') : null,
        )
      : null,
    f.note ? h('p', { class: 'muted', lang: noteIn(f.note, lang).lang }, noteIn(f.note, lang).text) : null,
    d.delegations.length ? h('h3', {}, tr(lang, 'delegations')) : null,
    h(
      'ul',
      {},
      d.delegations.map((dl) =>
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'link', onclick: () => select(dl.city.id) }, nodeName(dl.city, lang)),
          dl.members.length ? `: ${dl.members.map((m) => nodeName(m.person, lang)).join(', ')}` : '',
          ' ',
          sourceLinks(dl.sources, src, lang),
        ),
      ),
    ),
  );
}
