// A source as a page a person reads (GET /sources/:id?lang=ru|en): title, publisher, date, address, licence, note
// and the facts resting on it, each opening its place in the explorer. The JSON stays at /api/sources/:id.
import type { SourceDetail } from '../../core/schemas/source.schema.ts';
import type { Lang } from '../../core/schemas/common.schema.ts';
import { esc } from '../../core/text/escape-markup.ts';
import { sourcePagePath, sourceTitle } from '../../core/text/source-title.ts';

const words = {
  ru: {
    source: 'Источник',
    title: 'Название',
    noTitle: 'без названия',
    publisher: 'Издатель',
    date: 'Дата',
    noDate: 'не указана',
    url: 'Адрес',
    noUrl: 'нет',
    language: 'Язык',
    licence: 'Лицензия',
    noLicence: 'не указана: цитирование как факта',
    note: 'Примечание',
    facts: 'Факты, которые на нём основаны',
    shown: (n: number, total: number) => `показаны ${n} из ${total}`,
    none: 'Ни один факт графа на него не ссылается.',
    back: '← Обозреватель',
    json: 'JSON',
    other: 'English',
    quoted: 'в языке источника',
    curators: 'примечание составителей, по-английски',
    types: {
      City: 'город',
      TIE: 'связь',
      Agreement: 'соглашение',
      Forum: 'форум',
      Body: 'орган',
      Person: 'человек',
      Organisation: 'организация',
      Delegation: 'делегация',
      Investment: 'инвестиция',
      Country: 'страна',
    } as Record<string, string>,
  },
  en: {
    source: 'Source',
    title: 'Title',
    noTitle: 'untitled',
    publisher: 'Publisher',
    date: 'Date',
    noDate: 'not given',
    url: 'Address',
    noUrl: 'none',
    language: 'Language',
    licence: 'Licence',
    noLicence: 'not stated: cited as a fact',
    note: 'Note',
    facts: 'Facts resting on it',
    shown: (n: number, total: number) => `${n} of ${total} shown`,
    none: 'No fact of the graph cites it.',
    back: '← Explorer',
    json: 'JSON',
    other: 'Русский',
    quoted: 'in the source’s language',
    curators: '',
    types: {
      City: 'city',
      TIE: 'tie',
      Agreement: 'agreement',
      Forum: 'forum',
      Body: 'body',
      Person: 'person',
      Organisation: 'organisation',
      Delegation: 'delegation',
      Investment: 'investment',
      Country: 'country',
    } as Record<string, string>,
  },
} as const;

export function renderSourcePage(s: SourceDetail, lang: Lang): string {
  const w = words[lang];
  const other: Lang = lang === 'ru' ? 'en' : 'ru';
  // A title is the source's own words: marked as a quotation when its language is not the reader's. A note is
  // the curators' text, in English: said so in the Russian page, never passed off as the source's words.
  const quoted = (text: string, textLang: string | null) =>
    textLang && textLang !== lang
      ? `<q lang="${esc(textLang)}">${esc(text)}</q> <small>(${w.quoted})</small>`
      : esc(text);
  const row = (label: string, value: string) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
  const facts = s.cites
    .map((c) => {
      const label = esc(lang === 'ru' ? c.labelRu : c.label);
      const type = esc(w.types[c.type] ?? c.type);
      const href = c.city ? `/?lang=${lang}&focus=${encodeURIComponent(c.city)}&sel=${encodeURIComponent(c.city)}` : '';
      return `<li><span class="type">${type}</span> ${href ? `<a href="${esc(href)}">${label}</a>` : label}</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(sourceTitle(s))} — ${w.source} · Побратим</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; padding: 16px; max-width: 760px; color: #1c2330; background: #fff; }
  @media (prefers-color-scheme: dark) { body { color: #e6ebf2; background: #0f1520; } a { color: #8cb8ff; } }
  nav { display: flex; gap: 16px; flex-wrap: wrap; font-size: 14px; }
  h1 { font-size: 1.4em; line-height: 1.3; overflow-wrap: anywhere; }
  table { border-collapse: collapse; width: 100%; }
  th { text-align: left; vertical-align: top; padding: 4px 12px 4px 0; white-space: nowrap; font-weight: 600; }
  td { padding: 4px 0; overflow-wrap: anywhere; }
  ul { padding-left: 1.2em; }
  .type { color: #6b7a90; font-size: 0.85em; }
</style>
</head>
<body>
<nav><a href="/?lang=${lang}">${w.back}</a><a href="${esc(sourcePagePath(s.id, other))}" lang="${other}">${w.other}</a><a href="/api/sources/${encodeURIComponent(s.id)}">${w.json}</a></nav>
<main>
<p class="type">${w.source}</p>
<h1>${s.title ? quoted(s.title, s.language) : esc(sourceTitle(s))}</h1>
<table>
${row(w.title, s.title ? quoted(s.title, s.language) : `<i>${w.noTitle}</i>`)}
${row(w.publisher, esc(s.publisher))}
${row(w.date, s.date ? esc(s.date) : `<i>${w.noDate}</i>`)}
${row(w.url, s.url ? `<a href="${esc(s.url)}" rel="noopener noreferrer">${esc(s.url)}</a>` : `<i>${w.noUrl}</i>`)}
${s.language ? row(w.language, esc(s.language)) : ''}
${row(w.licence, s.licence ? esc(s.licence) : `<i>${w.noLicence}</i>`)}
${s.note ? row(w.note, lang === 'en' ? esc(s.note) : `<span lang="en">${esc(s.note)}</span> <small>(${w.curators})</small>`) : ''}
</table>
<h2>${w.facts} (${s.citesTotal}${s.cites.length < s.citesTotal ? `, ${w.shown(s.cites.length, s.citesTotal)}` : ''})</h2>
${s.cites.length ? `<ul class="facts">\n${facts}\n</ul>` : `<p>${w.none}</p>`}
</main>
</body>
</html>`;
}
