// The Countries tab (issue 18 §3, docs/analytics.md): GET /api/analytics/countries for the view's filters as a
// chord diagram and the table of country pairs; a chord or a row lists the city pairs behind it
// (/api/analytics/countries/pairs), an arc shows the country (/api/analytics/countries/{code}). Fetched again only
// when the filters or the language change. The pick is the view state's `countryPick` (`pick=` in the URL, e.g.
// `?tab=countries&pick=BY` or `pick=RU-BY`), so a link or a reload opens it again.
import type { CountryTies } from '../../../core/schemas/analytics.schema.ts';
import { countryName } from '../../../core/i18n/names.ts';
import { sourcePagePath } from '../../../core/text/source-title.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { api } from '../api/client.ts';
import { cw } from '../i18n/country-strings.ts';
import { tr } from '../i18n/strings.ts';
import { countryChord, OTHER, type CountryChord } from '../model/country-chord.ts';
import { pickKey, pickOf, sameCountries, type Pick } from '../model/country-pick.ts';
import { groupName, markChord, pairName, renderCountryChord, type ChordMark } from '../views/country-chord-view.ts';
import { countryPairsCsv, countrySummaryCsv, pairTiesCsv } from '../views/country-exports.ts';
import { renderCountryPanel } from '../views/country-panel-view.ts';
import { renderPairTies } from '../views/country-pair-ties-view.ts';
import { renderCountryPairs } from '../views/country-pairs-view.ts';
import { h } from '../views/dom.ts';
import { download } from '../views/download.ts';
import { analyticsParams } from './analytics-tab.ts';
import { registerTab, type TabContext } from './tabs.ts';

type Params = Record<string, string | number | undefined>;

const json = (value: unknown) => new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
const csv = (text: string) => new Blob([text], { type: 'text/csv' });
const realCountry = (codes: string[]) => codes.length === 1 && codes[0] !== '?' && codes[0] !== OTHER;

export function registerCountriesTab(): void {
  registerTab({
    id: 'countries',
    label: { ru: cw('ru', 'tab'), en: cw('en', 'tab') },
    order: 46,
    mount: (el) => {
      let shownKey = '';
      let abort: AbortController | null = null;
      let detailAbort: AbortController | null = null;
      let pick: Pick | null = null;
      /** The state's pick shown (undefined: none applied yet). */
      let shownPick: string | null | undefined;
      let data: { view: CountryTies; model: CountryChord; params: Params } | null = null;
      const chordHost = h('div', { class: 'chord-host' });
      const detail = h('aside', { class: 'countries-detail' });
      let ctx: TabContext;

      const showInNetwork = (codes: string[]) => {
        ctx.store.dispatch({ type: 'countries', countries: [...new Set(codes)] });
        ctx.store.dispatch({ type: 'tab', tab: 'network' });
      };
      const select = (id: string) => ctx.store.dispatch({ type: 'select', id });

      const markOf = (model: CountryChord, p: Pick | null): ChordMark => {
        if (!p) return {};
        const at = (codes: string[]) => model.groups.findIndex((g) => sameCountries(g.countries, codes));
        if (p.kind === 'country') return { group: at([p.code]) };
        if (p.kind === 'other') return { group: model.groups.findIndex((g) => g.key === OTHER) };
        const [i, j] = [at(p.a), at(p.b)];
        return i >= 0 && j >= 0 ? { pair: [i, j] } : {};
      };

      const drawChord = (lang: Lang) => {
        if (!data) return;
        const { model } = data;
        const chord = renderCountryChord(
          model,
          lang,
          {
            pair: (i, j) => {
              const [x, y] = [model.groups[i]!, model.groups[j]!];
              choose({ kind: 'pair', a: x.countries, b: y.countries }, lang);
            },
            country: (i) => {
              const g = model.groups[i]!;
              choose(g.key === OTHER ? { kind: 'other' } : { kind: 'country', code: g.key }, lang);
            },
          },
          markOf(model, pick),
        );
        chord.setAttribute('data-ready', '');
        chordHost.replaceChildren(chord);
      };

      const choose = (p: Pick, lang: Lang) => {
        pick = p;
        if (data) {
          markChord(chordHost, markOf(data.model, p));
          shownPick = pickKey(p, data.model);
          ctx.store.dispatch({ type: 'countryPick', pick: shownPick });
        }
        showPick(lang);
      };

      /** The state's pick (a link, a reload, back) when it is not the one shown. */
      const applyStatePick = (lang: Lang) => {
        const key = ctx.store.state.countryPick;
        if (!data || key === shownPick) return;
        shownPick = key;
        pick = pickOf(key, data.model);
        markChord(chordHost, markOf(data.model, pick));
        showPick(lang);
      };

      const showPick = (lang: Lang) => {
        detailAbort?.abort();
        if (!data) return;
        const { model, params } = data;
        if (!pick) return void detail.replaceChildren(h('p', { class: 'muted' }, cw(lang, 'choose')));
        const p = pick;
        if (p.kind === 'other') return void detail.replaceChildren(otherList(model, lang));
        const abort = (detailAbort = new AbortController());
        detail.replaceChildren(h('p', { class: 'muted' }, cw(lang, 'loading')));
        const failed = (e: Error) =>
          e.name !== 'AbortError' &&
          detail.replaceChildren(h('p', { class: 'error' }, `${tr(lang, 'loadError')}: ${e.message}`));
        if (p.kind === 'country') {
          api.countrySummary(p.code, params, abort.signal).then((s) => {
            detail.replaceChildren(
              renderCountryPanel(s, lang, {
                partner: (other) => choose({ kind: 'pair', a: [p.code], b: [other] }, lang),
                select,
                showInNetwork: p.code === '?' ? null : () => showInNetwork([p.code]),
                download: (f) =>
                  download(f === 'csv' ? csv(countrySummaryCsv(s, lang)) : json(s), `pobratim-country-${p.code}.${f}`),
              }),
            );
          }, failed);
          return;
        }
        api.countryPairTies({ ...params, a: p.a.join(','), b: p.b.join(',') }, abort.signal).then((ties) => {
          const name = `pobratim-ties-${p.a.length > 1 ? 'other' : p.a[0]}-${p.b.length > 1 ? 'other' : p.b[0]}`;
          const url = (id: string) => new URL(sourcePagePath(id, lang), location.href).href;
          detail.replaceChildren(
            renderPairTies(ties, pairTitle(model, p.a, p.b, lang), lang, {
              showInNetwork: realCountry(p.a) && realCountry(p.b) ? () => showInNetwork([...p.a, ...p.b]) : null,
              select,
              download: (f) => download(f === 'csv' ? csv(pairTiesCsv(ties, lang, url)) : json(ties), `${name}.${f}`),
            }),
          );
        }, failed);
      };

      const otherList = (model: CountryChord, lang: Lang) => {
        const other = model.groups.find((g) => g.key === OTHER)!;
        return h(
          'section',
          { class: 'other-countries' },
          h('h3', {}, groupName(other, lang)),
          h(
            'ul',
            { class: 'other-list' },
            other.countries.map((c) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { type: 'button', class: 'link', onclick: () => choose({ kind: 'country', code: c }, lang) },
                  c === '?' ? countryName(null, lang) : countryName(c, lang),
                ),
              ),
            ),
          ),
        );
      };

      return (next) => {
        ctx = next;
        const lang = ctx.lang();
        const params = analyticsParams(ctx.store.state);
        const key = `${lang} ${JSON.stringify(params)}`;
        if (key === shownKey) return applyStatePick(lang);
        shownKey = key;
        abort?.abort();
        abort = new AbortController();
        el.replaceChildren(h('p', { class: 'muted' }, tr(lang, 'loading')));
        api.countryTies(params, abort.signal).then(
          (view) => {
            if (shownKey !== key) return;
            data = { view, model: countryChord(view), params };
            // The state's pick, resolved in this chord (new filters may have folded a country into "other").
            shownPick = ctx.store.state.countryPick;
            pick = pickOf(shownPick, data.model);
            el.replaceChildren(layout(view, lang));
            drawChord(lang);
            showPick(lang);
          },
          (e: Error) => {
            if (e.name === 'AbortError' || shownKey !== key) return;
            shownKey = '';
            el.replaceChildren(h('p', { class: 'error' }, `${tr(lang, 'loadError')}: ${e.message}`));
          },
        );
      };

      function layout(view: CountryTies, lang: Lang): HTMLElement {
        return h(
          'div',
          { class: 'countries-view' },
          h('h2', {}, cw(lang, 'title')),
          h('p', { class: 'muted' }, cw(lang, 'scope')),
          view.pairs.length
            ? h('div', { class: 'countries-main' }, chordHost, detail)
            : h('p', { class: 'empty' }, cw(lang, 'empty')),
          renderCountryPairs(view, lang, {
            list: (a, b) => {
              choose({ kind: 'pair', a: [a], b: [b] }, lang);
              detail.scrollIntoView({ block: 'nearest' });
            },
            show: (a, b) => showInNetwork([a, b]),
            download: (f) =>
              download(f === 'csv' ? csv(countryPairsCsv(view, lang)) : json(view), `pobratim-country-pairs.${f}`),
          }),
          h('p', { class: 'muted' }, cw(lang, 'computed', { by: view.computed.by })),
        );
      }
    },
  });
}

/** The pair's name: its chord groups' when both are groups ("other countries" included), else its countries'. */
function pairTitle(model: CountryChord, a: string[], b: string[], lang: Lang): string {
  const group = (codes: string[]) => model.groups.find((g) => sameCountries(g.countries, codes));
  const [x, y] = [group(a), group(b)];
  if (x && y) return pairName(x, y, lang);
  const n = (c: string) => countryName(c === '?' ? null : c, lang);
  return a[0] === b[0]
    ? `${n(a[0]!)} (${lang === 'ru' ? 'внутри страны' : 'inside the country'})`
    : `${n(a[0]!)} – ${n(b[0]!)}`;
}
