// The inspector, as in Neo4j Bloom: every property of a city or a tie, by its API name, with the sources it
// rests on ("computed" where Pobratim derived it). A city's sits in its details; a tie's opens when a tie is
// clicked on the canvas or in the details' list.
import type { CityDetail, Tie } from '../../../core/schemas/city.schema.ts';
import type { Source } from '../../../core/schemas/source.schema.ts';
import { countryName } from '../../../core/i18n/names.ts';
import { tr } from '../i18n/strings.ts';
import { nodeName } from '../model/graph-model.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { sourceLinks } from './details-panel.ts';
import { h } from './dom.ts';

type Value = string | number | boolean | null | readonly string[];
/** One property: its API name, its value, and the sources it rests on (null: computed by Pobratim). */
export type Property = [name: string, value: Value, sources: readonly string[] | null];

const shown = (v: Value): string =>
  v === null || v === '' || (Array.isArray(v) && !v.length) ? '—' : Array.isArray(v) ? v.join(', ') : String(v);

export function propertyTable(props: readonly Property[], src: ReadonlyMap<string, Source>, lang: Lang): HTMLElement {
  return h(
    'table',
    { class: 'properties' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        [tr(lang, 'property'), tr(lang, 'value'), tr(lang, 'sources')].map((x) => h('th', {}, x)),
      ),
    ),
    h(
      'tbody',
      {},
      props.map(([name, value, sources]) =>
        h(
          'tr',
          { 'data-property': name },
          h('th', { scope: 'row' }, h('code', {}, name)),
          h('td', {}, shown(value)),
          h(
            'td',
            {},
            sources === null
              ? h('span', { class: 'muted computed' }, tr(lang, 'computed'))
              : sources.length
                ? sourceLinks(sources, src, lang)
                : h('span', { class: 'muted' }, tr(lang, 'noSource')),
          ),
        ),
      ),
    ),
  );
}

/** Every property of a city: names, place, identifiers, coordinates (with their own sources), ties. */
export function cityProperties(d: CityDetail, lang: Lang): HTMLElement {
  const c = d.city;
  const src = new Map(d.sources.map((s) => [s.id, s]));
  const props: Property[] = [
    ['id', c.id, null],
    ['kind', c.kind, c.sources],
    ['nameRu', c.nameRu, c.sources],
    ['nameEn', c.nameEn, c.sources],
    ['aliases', c.aliases, c.sources],
    ['country', c.country && `${c.country} (${countryName(c.country, lang)})`, c.sources],
    ['region', c.region, c.sources],
    ['lat', c.lat, c.coordinatesSources],
    ['lon', c.lon, c.coordinatesSources],
    ['geonamesId', c.geonamesId, c.coordinatesSources],
    ['wikidataId', c.wikidataId, c.sources],
    ['degree', c.degree, null],
  ];
  return h(
    'details',
    { class: 'inspector', 'data-inspects': c.id },
    h('summary', {}, tr(lang, 'inspector')),
    propertyTable(props, src, lang),
  );
}

/** A tie between `d.city` and `tie.city`: its properties, then each agreement's, all with their sources. */
export function tieInspector(d: CityDetail, tie: Tie, lang: Lang, select: (id: string) => void): HTMLElement {
  const src = new Map(d.sources.map((s) => [s.id, s]));
  const props: Property[] = [
    ['id', tie.id, null],
    ['kind', tie.kind, tie.sources],
    ['kinds', tie.kinds, tie.sources],
    ['date', tie.date, tie.sources],
    ['datePrecision', tie.datePrecision, tie.sources],
    ['year', tie.year, tie.sources],
    ['agreements', tie.agreements.map((a) => a.id), null],
  ];
  const city = (id: string, name: string) =>
    h('button', { class: 'link', type: 'button', onclick: () => select(id) }, name);
  return h(
    'article',
    { class: 'tie-inspector', 'data-tie': `${d.city.id}|${tie.city.id}` },
    h(
      'h2',
      {},
      `${tr(lang, 'inspectTie')}: `,
      city(d.city.id, nodeName(d.city, lang)),
      ' — ',
      city(tie.city.id, nodeName(tie.city, lang)),
    ),
    propertyTable(props, src, lang),
    tie.agreements.map((a) =>
      h(
        'section',
        { class: 'agreement', 'data-agreement': a.id },
        h('h3', {}, h('code', {}, a.id)),
        propertyTable(
          [
            ['kind', a.kind, a.sources],
            ['date', a.date, a.sources],
            ['datePrecision', a.datePrecision, a.sources],
            ['year', a.year, a.sources],
            ['parties', a.parties.map((p) => nodeName(p, lang)), a.sources],
            ['note', a.note, a.sources],
          ],
          src,
          lang,
        ),
      ),
    ),
  );
}
