// The curators' notes in the seed (seed/data/*.json) are written in English; these are their Russian wordings, so
// the interface never mixes languages. A note not listed here is shown as written, marked lang="en" (and a theme
// or a quoted phrase in Russian keeps lang="ru" in the English interface): never machine-made text.
import type { Lang } from '../../../core/view/view-state.ts';

const ru: Record<string, string> = {
  'The very first twinning agreement between Russian and Belarusian cities.':
    'Самое первое соглашение о побратимстве между российским и белорусским городами.',
  'Between representative bodies.': 'Между представительными органами.',
  'Between representative bodies; date not found.': 'Между представительными органами; дата не найдена.',
  'Intent announced in 2014 (kp40.ru).': 'О намерении объявлено в 2014 году (kp40.ru).',
  'Year not found.': 'Год не найден.',
  'November; year not found': 'ноябрь; год не найден',
  'The first meeting of twin cities of Russia and Belarus; since then Russian and Belarusian cities host the forum in turn.':
    'Первая встреча городов-побратимов России и Беларуси; с тех пор форум по очереди принимают российские и белорусские города.',
  'Representatives of twin cities of both states and guests from CIS countries; Belarus was represented by the mayors of all regional centres.':
    'Представители городов-побратимов обоих государств и гости из стран СНГ; Беларусь представляли главы всех областных центров.',
  'Represented by its mayor (mayors of all regional centres attended).':
    'Представлен главой города (присутствовали главы всех областных центров).',
  'Host city; represented by its mayor (mayors of all regional centres attended).':
    'Город-хозяин; представлен главой города (присутствовали главы всех областных центров).',
};

/** A note in the reader's language where the curators' wording exists, with the language it is in. */
export function noteIn(note: string, lang: Lang): { text: string; lang: Lang } {
  if (/[а-яё]/i.test(note)) return { text: note, lang: 'ru' }; // a quotation from a Russian source
  return lang === 'ru' && ru[note] ? { text: ru[note], lang: 'ru' } : { text: note, lang: 'en' };
}
