// The details panel's «Кому предложить побратимство?» block: computed partnership suggestions for the city, each
// with its rank, a plain-words strength and its reasons (named shared partners, the two countries' ties, the
// network community, the distance). Labelled as suggestions: they are not ties and not facts (docs/suggestions.md).
import type { Suggestion, SuggestionList } from '../../../core/schemas/suggestion.schema.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { tr } from '../i18n/strings.ts';
import { nodeName } from '../model/graph-model.ts';
import { countryName } from '../model/palette.ts';
import { h } from './dom.ts';

export interface SuggestionsActions {
  select(id: string): void;
  /** Asks again for one country's cities only ('' for any country). */
  country(code: string): void;
}

/** The block's frame: its heading, the note that these are suggestions, a country choice and the `body`. */
export function renderSuggestionsFrame(
  lang: Lang,
  countries: readonly string[],
  chosen: string,
  body: HTMLElement,
  act: SuggestionsActions,
): HTMLElement {
  const select = h(
    'select',
    { 'aria-label': tr(lang, 'suggestCountry'), onchange: () => act.country(select.value) },
    h('option', { value: '' }, tr(lang, 'suggestAnyCountry')),
    countries.map((c) => h('option', { value: c, selected: c === chosen }, countryName(c, lang))),
  );
  return h(
    'section',
    { class: 'suggestions', 'aria-labelledby': 'suggestions-title', 'data-computed': 'true' },
    h('h3', { id: 'suggestions-title' }, tr(lang, 'suggestTitle')),
    h('p', { class: 'muted suggestion-note' }, tr(lang, 'suggestNote')),
    h('label', {}, `${tr(lang, 'suggestCountry')}: `, select),
    body,
  );
}

export function renderSuggestionList(list: SuggestionList, lang: Lang, act: SuggestionsActions): HTMLElement {
  if (list.suggestions.length === 0) return h('p', { class: 'muted' }, tr(lang, 'suggestNone'));
  const items = h(
    'ol',
    { class: 'suggestion-list' },
    list.suggestions.map((s) =>
      h(
        'li',
        { class: `suggestion ${s.strength}`, 'data-suggestion': s.city.id, 'data-country': s.city.country ?? '' },
        h('button', { class: 'link', type: 'button', onclick: () => act.select(s.city.id) }, nodeName(s.city, lang)),
        ` (${countryName(s.city.country, lang)}) — `,
        h('span', { class: 'strength' }, strengthWord(s.strength, lang)),
        h('br'),
        h('span', { class: 'muted reasons' }, reasonsText(s, lang)),
      ),
    ),
  );
  // After a write the previous model answers while the new one is fitted (docs/suggestions.md): say so.
  return list.stale
    ? h('div', {}, h('p', { class: 'muted suggestion-stale' }, tr(lang, 'suggestStale')), items)
    : items;
}

function strengthWord(strength: Suggestion['strength'], lang: Lang): string {
  return tr(
    lang,
    strength === 'strong' ? 'suggestStrong' : strength === 'moderate' ? 'suggestModerate' : 'suggestWeak',
  );
}

/** "shared partners (3): Tula, Smolensk, Minsk; same network community; 480 km" — the reasons in plain words. */
export function reasonsText(s: Suggestion, lang: Lang): string {
  const r = s.reasons;
  const parts: string[] = [];
  if (r.sharedPartnerCount > 0) {
    const names = r.sharedPartners.map((p) => nodeName(p, lang)).join(', ');
    const more = r.sharedPartnerCount > r.sharedPartners.length ? '…' : '';
    parts.push(`${tr(lang, 'suggestShared')} (${r.sharedPartnerCount}): ${names}${more}`);
  } else if (r.signals.includes('paths3') || r.signals.includes('anyPath3')) parts.push(tr(lang, 'suggestPaths'));
  if (r.countryPairTies > 0 && r.countryPairRatio >= 2)
    parts.push(
      `${tr(lang, 'suggestCountryPair')}: ${r.countryPairTies} (${r.countryPairRatio.toLocaleString(lang)} ${tr(lang, 'suggestTimesChance')})`,
    );
  if (r.sameCommunity) parts.push(tr(lang, 'suggestCommunity'));
  if (r.signals.includes('candidateDegree') && r.candidateDegree >= 5)
    parts.push(`${tr(lang, 'suggestPopular')}: ${r.candidateDegree}`);
  if (r.distanceKm !== null) parts.push(`${r.distanceKm.toLocaleString(lang)} ${tr(lang, 'suggestKm')}`);
  return parts.join('; ');
}
