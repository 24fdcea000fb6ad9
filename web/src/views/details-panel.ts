// The details panel: one city with its ties and their agreements (kind, date, parties), forums, people and
// investments; every fact carries links to its sources. Built from the API's CityDetail, nothing inferred.
import type { CityDetail } from '../../../core/schemas/city.schema.ts';
import type { Source } from '../../../core/schemas/source.schema.ts';
import { kindName, tr } from '../i18n/strings.ts';
import { nodeName } from '../model/graph-model.ts';
import { countryName } from '../model/palette.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { h } from './dom.ts';
import { noteIn } from '../i18n/data-notes.ts';

/** A curators' note in the reader's language where it has one; else as written, its language marked. */
export function noteSpan(note: string, lang: Lang): HTMLElement {
  const n = noteIn(note, lang);
  return h('span', { class: 'muted', lang: n.lang }, ` (${n.text})`);
}
import { sourcePagePath, sourceTitle } from '../../../core/text/source-title.ts';

export interface DetailsActions {
  select(id: string): void;
  focus(id: string): void;
  forum(id: string): void;
  /** Open the inspector of this city's tie with another. */
  tie?(other: string): void;
}

export function sourceLinks(ids: readonly string[], sources: ReadonlyMap<string, Source>, lang: Lang): HTMLElement {
  return h(
    'span',
    { class: 'sources' },
    ids.flatMap((id, n) => {
      const s = sources.get(id);
      const label = s ? [s.publisher, s.date].filter(Boolean).join(', ') : id;
      return [
        n ? ' ' : '',
        h(
          'a',
          {
            href: sourcePagePath(id, lang),
            target: '_blank',
            rel: 'noopener noreferrer',
            class: 'source',
            title: s ? sourceTitle(s) : tr(lang, 'source'),
          },
          `[${n + 1}] ${label}`,
        ),
      ];
    }),
  );
}

const dateText = (date: string | null, lang: Lang) => date ?? tr(lang, 'noDate');

/** 54.5293° N, 36.2754° E (54,5293° с. ш., 36,2754° в. д.), or null when unknown. */
export function coordinatesText(lat: number | null, lon: number | null, lang: Lang): string | null {
  if (lat === null || lon === null) return null;
  const deg = (v: number) =>
    `${Math.abs(v).toLocaleString(lang, { minimumFractionDigits: 4, maximumFractionDigits: 4 })}°`;
  const [n, s, e, w] = lang === 'ru' ? ['с. ш.', 'ю. ш.', 'в. д.', 'з. д.'] : ['N', 'S', 'E', 'W'];
  return `${deg(lat)} ${lat < 0 ? s : n}, ${deg(lon)} ${lon < 0 ? w : e}`;
}

export function renderCityDetails(d: CityDetail, lang: Lang, year: number, act: DetailsActions): HTMLElement {
  const src = new Map(d.sources.map((s) => [s.id, s]));
  const c = d.city;
  const other = lang === 'ru' ? c.nameEn : c.nameRu;
  const ties = [...d.ties].sort(
    (a, b) => (a.year ?? 9999) - (b.year ?? 9999) || nodeName(a.city, lang).localeCompare(nodeName(b.city, lang)),
  );
  /** A list of forum editions (hosted or attended), each opening the forum, with its sources; «—» when none. */
  const forumList = (forums: CityDetail['forumsHosted']) =>
    h(
      'ul',
      {},
      forums.length
        ? forums.map((f) =>
            h(
              'li',
              {},
              h(
                'button',
                { class: 'link', type: 'button', onclick: () => act.forum(f.id) },
                `${f.editionRoman} (${f.startDate ?? (f.dateNote && noteIn(f.dateNote, lang).text) ?? tr(lang, 'noDate')})`,
              ),
              ' ',
              sourceLinks(f.sources, src, lang),
            ),
          )
        : h('li', { class: 'muted' }, '—'),
    );
  return h(
    'article',
    { class: 'city-details', 'data-city': c.id },
    h('h2', {}, nodeName(c, lang)),
    h('p', { class: 'muted' }, [other, countryName(c.country, lang), c.region].filter(Boolean).join(' · ')),
    h('p', {}, sourceLinks(c.sources, src, lang)),
    h(
      'p',
      { class: 'coordinates' },
      `${tr(lang, 'coordinates')}: ${coordinatesText(c.lat, c.lon, lang) ?? tr(lang, 'noCoordinates')} `,
      c.coordinatesSources.length ? sourceLinks(c.coordinatesSources, src, lang) : null,
    ),
    h('h3', {}, `${tr(lang, 'tiesOf')} (${ties.length})`),
    h(
      'ul',
      { class: 'ties' },
      ties.map((t) =>
        h(
          'li',
          {
            class: t.year !== null && t.year > year ? 'tie later' : 'tie',
            'data-tie': t.city.id,
            title: t.year !== null && t.year > year ? tr(lang, 'later') : undefined,
          },
          h('button', { class: 'link', type: 'button', onclick: () => act.select(t.city.id) }, nodeName(t.city, lang)),
          ` — ${kindName(lang, t.kind)}, ${dateText(t.date, lang)} `,
          sourceLinks(t.sources, src, lang),
          act.tie
            ? h(
                'button',
                {
                  class: 'link inspect',
                  type: 'button',
                  title: tr(lang, 'inspector'),
                  onclick: () => act.tie!(t.city.id),
                },
                ` ${tr(lang, 'inspector').toLowerCase()}`,
              )
            : null,
          t.agreements.length
            ? h(
                'ul',
                { class: 'agreements' },
                t.agreements.map((a) =>
                  h(
                    'li',
                    {},
                    `${kindName(lang, a.kind)}, ${dateText(a.date, lang)}: `,
                    a.parties.map((p) => nodeName(p, lang)).join(' — '),
                    a.note ? noteSpan(a.note, lang) : null,
                    ' ',
                    sourceLinks(a.sources, src, lang),
                  ),
                ),
              )
            : null,
        ),
      ),
    ),
    d.forumsHosted.length || d.forumsAttended.length
      ? [
          h('h3', {}, tr(lang, 'hosted')),
          forumList(d.forumsHosted),
          h('h3', {}, tr(lang, 'attended')),
          forumList(d.forumsAttended),
        ]
      : null,
    d.people.length
      ? [
          h('h3', {}, tr(lang, 'people')),
          h(
            'ul',
            {},
            d.people.map((p) =>
              h(
                'li',
                {},
                `${nodeName(p, lang)}${(lang === 'ru' ? (p.officeRu ?? p.officeEn) : (p.officeEn ?? p.officeRu)) ? ', ' + (lang === 'ru' ? (p.officeRu ?? p.officeEn) : (p.officeEn ?? p.officeRu)) : ''} `,
                p.roles.map((r) => h('span', { class: 'muted' }, [r.role, r.section].filter(Boolean).join(': ') + ' ')),
                sourceLinks(p.sources, src, lang),
              ),
            ),
          ),
        ]
      : null,
    d.investments.length
      ? [
          h('h3', {}, tr(lang, 'investments')),
          h(
            'ul',
            {},
            d.investments.map((i) =>
              h(
                'li',
                {},
                `${i.approximate ? '≈' : ''}${i.amount.toLocaleString(lang)} ${i.currency} — ${(lang === 'ru' ? (i.purposeRu ?? i.purposeEn) : (i.purposeEn ?? i.purposeRu)) ?? ''} (${(lang === 'ru' ? (i.fromLabelRu ?? i.fromLabelEn) : (i.fromLabelEn ?? i.fromLabelRu)) ?? ''}${i.reportedAt ? ', ' + i.reportedAt : ''}) `,
                sourceLinks(i.sources, src, lang),
              ),
            ),
          ),
        ]
      : null,
    h('h3', {}, tr(lang, 'sources')),
    h(
      'ol',
      { class: 'source-list' },
      d.sources.map((s) =>
        h(
          'li',
          {},
          s.url
            ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.title ?? s.publisher)
            : (s.title ?? s.publisher),
          ` — ${s.publisher}${s.date ? ', ' + s.date : ''}`,
        ),
      ),
    ),
  );
}
