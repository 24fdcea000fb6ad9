// The details panel's content: a city's details or a forum's (fetched; a newer request supersedes an older one)
// and the found path above them. What it shows is the panels' state `details`.
import { api } from '../api/client.ts';
import { tr } from '../i18n/strings.ts';
import { pathResult } from '../state/panel-state.ts';
import type { Store } from '../state/store.ts';
import { renderCityMetrics } from '../views/city-metrics-view.ts';
import { renderCityProfile } from '../views/city-profile-view.ts';
import { renderCityDetails } from '../views/details-panel.ts';
import { h } from '../views/dom.ts';
import { renderForumDetails } from '../views/forum-details.ts';
import { renderSuggestionList, renderSuggestionsFrame } from '../views/suggestions-block.ts';
import { cityProperties, tieInspector } from '../views/inspector.ts';
import { renderPath } from '../views/path-box.ts';
import type { Page } from './page.ts';

export function createDetails(store: Store, page: Pick<Page, 'details' | 'detailsBody' | 'pathBox'>) {
  const { details, detailsBody, pathBox } = page;
  const lang = () => store.state.lang;
  const t = (k: Parameters<typeof tr>[1]) => tr(lang(), k);
  const showing = () => store.panel.details;
  let abort: AbortController | null = null;

  async function showCity(id: string | null) {
    store.dispatch({ type: 'details', target: id });
    abort?.abort();
    if (!id) {
      details.hidden = !pathResult(store.panel);
      detailsBody.replaceChildren();
      return;
    }
    details.hidden = false;
    detailsBody.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    abort = new AbortController();
    try {
      const signal = abort.signal;
      // The profile (metrics, partners by country, ties by year, forums, cities like it): below the facts when there
      const profile = api.profile(id, signal).catch(() => null);
      const d = await api.city(id, signal);
      if (showing() !== id) return;
      const act = {
        select: (x: string) => store.dispatch({ type: 'select', id: x }),
        focus: (x: string) => store.dispatch({ type: 'focus', id: x }),
        forum: showForum,
        tie: (other: string) => void showTie(id, other),
      };
      const el = renderCityDetails(d, lang(), store.state.year, act);
      el.querySelector('.coordinates')?.after(cityProperties(d, lang()));
      detailsBody.replaceChildren(el);
      const countries = [...new Set(d.ties.flatMap((t) => (t.city.country ? [t.city.country] : [])))].sort();
      void showSuggestions(id, countries, '', abort.signal);
      const p = await profile;
      if (p && showing() === id && !signal.aborted) {
        detailsBody.append(renderCityMetrics(p.metrics, lang()), renderCityProfile(p, lang(), act));
        if (p.metrics.status !== 'fresh') void awaitFreshMetrics(id, signal);
      }
    } catch (e) {
      if ((e as Error).name !== 'AbortError')
        detailsBody.replaceChildren(h('p', { class: 'error' }, `${t('loadError')}: ${(e as Error).message}`));
    }
  }

  /** While the graph's change is taken in, the panel asks again (2 s, then less often, up to 15 s apart: the
   *  server checks for changes every 15 s) and shows the metrics once they are of the graph as it is now — no
   *  reselect needed. Ends when another city is shown (the signal) or after ~10 minutes. */
  async function awaitFreshMetrics(id: string, signal: AbortSignal) {
    for (let wait = 2000, waited = 0; waited < 600_000; waited += wait, wait = Math.min(15_000, wait * 1.5)) {
      await new Promise((r) => setTimeout(r, wait));
      if (signal.aborted || showing() !== id) return;
      const m = await api.cityMetrics(id, signal).catch(() => null);
      if (!m || m.status !== 'fresh' || signal.aborted || showing() !== id) continue;
      detailsBody.querySelector('section.city-metrics')?.replaceWith(renderCityMetrics(m, lang()));
      return;
    }
  }

  /** The «Кому предложить побратимство?» block under the city's details, filled when the suggestions arrive. */
  async function showSuggestions(id: string, countries: string[], country: string, signal: AbortSignal) {
    const body = h('div', { class: 'suggestion-body' }, h('p', { class: 'muted' }, t('loading')));
    const act = {
      select: (x: string) => store.dispatch({ type: 'select', id: x }),
      country: (c: string) => void showSuggestions(id, countries, c, signal),
    };
    const frame = renderSuggestionsFrame(lang(), countries, country, body, act);
    const article = detailsBody.querySelector('.city-details');
    const old = article?.querySelector(':scope > section.suggestions');
    if (old) old.replaceWith(frame);
    else article?.querySelector(':scope > h3:last-of-type')?.before(frame); // above the list of sources
    try {
      const list = await api.suggestions(id, country || undefined, signal);
      if (showing() === id) body.replaceChildren(renderSuggestionList(list, lang(), act));
    } catch (e) {
      if ((e as Error).name !== 'AbortError')
        body.replaceChildren(h('p', { class: 'error' }, `${t('loadError')}: ${(e as Error).message}`));
    }
  }

  async function showForum(id: string) {
    details.hidden = false;
    store.dispatch({ type: 'details', target: `forum:${id}` });
    detailsBody.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      const d = await api.forum(id);
      if (showing() !== `forum:${id}`) return;
      detailsBody.replaceChildren(
        renderForumDetails(d, lang(), (city) => store.dispatch({ type: 'select', id: city })),
      );
    } catch (e) {
      // An unknown forum (a mistyped or outdated link) says so in the panel, like a city that fails to load.
      detailsBody.replaceChildren(h('p', { class: 'error' }, `${t('loadError')}: ${(e as Error).message}`));
    }
  }

  /** The inspector of the tie between two cities (from the first one's details, which carry its sources). */
  async function showTie(a: string, b: string) {
    details.hidden = false;
    store.dispatch({ type: 'details', target: `tie:${a}|${b}` });
    abort?.abort();
    abort = new AbortController();
    detailsBody.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      const d = await api.city(a, abort.signal);
      const tie = d.ties.find((x) => x.city.id === b);
      if (showing() !== `tie:${a}|${b}` || !tie) return;
      detailsBody.replaceChildren(tieInspector(d, tie, lang(), (x) => store.dispatch({ type: 'select', id: x })));
    } catch (e) {
      if ((e as Error).name !== 'AbortError')
        detailsBody.replaceChildren(h('p', { class: 'error' }, `${t('loadError')}: ${(e as Error).message}`));
    }
  }

  function showPath() {
    const path = pathResult(store.panel);
    if (!path) return pathBox.replaceChildren();
    pathBox.replaceChildren(...renderPath(path, lang()));
    details.hidden = false;
  }

  return { showCity, showForum, showTie, showPath, showing };
}
