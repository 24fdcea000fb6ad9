// Type-ahead search (a WAI-ARIA combobox): asks the API, which finds any name form, and reports the choice.
import type { City } from '../../../core/schemas/city.schema.ts';
import { api } from '../api/client.ts';
import { tr } from '../i18n/strings.ts';
import { nodeName } from '../model/graph-model.ts';
import { countryName } from '../model/palette.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { h } from './dom.ts';

/** Marks a name shown in the other language's form because no source gives one in the reader's: never invented. */
function otherScriptMark(c: City, lang: Lang): HTMLElement[] {
  const missing = lang === 'ru' ? !c.nameRu && c.nameEn : !c.nameEn && c.nameRu;
  return missing
    ? [h('abbr', { class: 'name-mark', title: tr(lang, 'latinOnlyTitle') }, ` ${tr(lang, 'latinOnly')}`)]
    : [];
}

export function createSearchBox(
  lang: () => Lang,
  onChoose: (city: City) => void,
): { el: HTMLElement; relabel(): void } {
  const input = h('input', {
    type: 'search',
    id: 'search',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    'aria-autocomplete': 'list',
    autocomplete: 'off',
    placeholder: tr(lang(), 'search'),
    'aria-label': tr(lang(), 'searchLabel'),
  });
  const listbox = h('ul', { id: 'search-results', role: 'listbox', class: 'search-results', hidden: true });
  // "No match" is a status, not an option: announced, never chosen.
  const status = h('p', { class: 'search-results search-status', role: 'status', hidden: true });
  let results: City[] = [];
  let active = -1;
  let timer = 0;
  let aborter: AbortController | null = null;

  const close = () => {
    listbox.hidden = true;
    status.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const choose = (c: City) => {
    close();
    input.value = nodeName(c, lang());
    onChoose(c);
  };
  const draw = () => {
    listbox.replaceChildren(
      ...results.map((c, i) =>
        h(
          'li',
          {
            role: 'option',
            id: `search-opt-${i}`,
            'aria-selected': i === active ? 'true' : 'false',
            class: i === active ? 'active' : '',
            onmousedown: (e: Event) => (e.preventDefault(), choose(c)),
          },
          h('strong', {}, nodeName(c, lang())),
          ...otherScriptMark(c, lang()),
          ` ${countryName(c.country, lang())} · ${c.degree}`,
        ),
      ),
    );
    listbox.hidden = results.length === 0;
    status.hidden = results.length > 0;
    status.textContent = results.length ? '' : tr(lang(), 'noMatch');
    input.setAttribute('aria-expanded', String(!listbox.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return ((results = []), close());
    timer = window.setTimeout(async () => {
      aborter?.abort();
      aborter = new AbortController();
      try {
        results = (await api.searchCities(text, aborter.signal)).cities;
        active = results.length ? 0 : -1;
        draw();
      } catch (e) {
        if ((e as Error).name !== 'AbortError') ((results = []), close());
      }
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!results.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      draw();
    } else if (e.key === 'Enter' && results[active]) {
      e.preventDefault();
      choose(results[active]!);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return {
    el: h('div', { class: 'search' }, input, listbox, status),
    relabel() {
      input.placeholder = tr(lang(), 'search');
      input.setAttribute('aria-label', tr(lang(), 'searchLabel'));
    },
  };
}
