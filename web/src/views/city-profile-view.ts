// A city's profile in the details panel (GET /api/cities/:id/profile): its partners by country and its ties by
// year as small d3 bar charts, each partner with its tie's sources; the forums it hosted or attended; and the
// cities like it by network position, marked as computed, each naming the partners it shares.
import { create, scaleLinear } from 'd3';
import type { CityProfile } from '../../../core/schemas/profile.schema.ts';
import type { Source } from '../../../core/schemas/source.schema.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { countryColour } from '../../../core/style/country-colours.ts';
import { pw } from '../i18n/profile-strings.ts';
import { nodeName } from '../model/graph-model.ts';
import { countryName } from '../model/palette.ts';
import { sourceLinks, type DetailsActions } from './details-panel.ts';
import { h } from './dom.ts';

/** Countries drawn as their own bar; the rest are one bar «другие». */
const BARS = 10;
const W = 320;
const ROW = 18;
/** A year's label width, in the chart's units. */
const LABEL_W = 34;
/** Shared partners named under a similar city (the rest counted). */
const SHARED_NAMED = 5;

type Bar = { key: string; label: string; count: number; colour: string };

/** Partners by country as bars, most first; beyond BARS countries, one «other» bar. Pure. */
export function countryBars(p: CityProfile, lang: Lang): Bar[] {
  const bars = p.partners.slice(0, BARS).map((g) => ({
    key: g.country ?? 'none',
    label: countryName(g.country, lang),
    count: g.partners.length,
    colour: countryColour(g.country),
  }));
  const rest = p.partners.slice(BARS).reduce((n, g) => n + g.partners.length, 0);
  if (rest) bars.push({ key: 'other', label: pw(lang, 'otherCountries'), count: rest, colour: '#d4d4d4' });
  return bars;
}

function countryChart(bars: Bar[], lang: Lang): SVGSVGElement {
  const labelW = 112;
  const height = bars.length * ROW + 4;
  const x = scaleLinear()
    .domain([0, Math.max(1, ...bars.map((b) => b.count))])
    .range([0, W - labelW - 36]);
  const svg = create('svg')
    .attr('viewBox', `0 0 ${W} ${height}`)
    .attr('class', 'profile-chart country-bars')
    .attr('role', 'img')
    .attr('aria-label', `${pw(lang, 'byCountry')}: ${bars.map((b) => `${b.label} ${b.count}`).join(', ')}`);
  const row = svg
    .selectAll('g')
    .data(bars)
    .join('g')
    .attr('data-country', (b) => b.key)
    .attr('transform', (_, i) => `translate(0,${i * ROW + 2})`);
  row
    .append('text')
    .attr('x', labelW - 6)
    .attr('y', ROW / 2 + 4)
    .attr('text-anchor', 'end')
    .text((b) => (b.label.length > 17 ? `${b.label.slice(0, 16)}…` : b.label));
  row
    .append('rect')
    .attr('x', labelW)
    .attr('y', 3)
    .attr('height', ROW - 6)
    .attr('width', (b) => Math.max(1, x(b.count)))
    .attr('fill', (b) => b.colour);
  row
    .append('text')
    .attr('class', 'count')
    .attr('x', (b) => labelW + Math.max(1, x(b.count)) + 4)
    .attr('y', ROW / 2 + 4)
    .text((b) => b.count);
  row.append('title').text((b) => `${b.label}: ${b.count}`);
  return svg.node()!;
}

function yearChart(years: CityProfile['years'], lang: Lang): SVGSVGElement {
  const H = 96;
  const M = { top: 8, bottom: 18, left: 22, right: 12 };
  const first = years.dated[0]!.year;
  const last = years.dated.at(-1)!.year;
  // At least a decade wide, so two ties four years apart read as two thin bars, not two slabs.
  const pad = Math.max(0, (10 - (last - first)) / 2);
  const x = scaleLinear()
    .domain([first - pad - 0.5, last + pad + 0.5])
    .range([M.left, W - M.right]);
  const barW = Math.min(10, Math.max(1, (x(first + 1) - x(first)) * 0.8));
  const top = Math.max(1, ...years.dated.map((d) => d.ties));
  const y = scaleLinear()
    .domain([0, top])
    .range([H - M.bottom, M.top]);
  const svg = create('svg')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('class', 'profile-chart year-bars')
    .attr('role', 'img')
    .attr('aria-label', `${pw(lang, 'overTime')}: ${years.dated.map((d) => `${d.year} — ${d.ties}`).join(', ')}`);
  svg
    .append('line')
    .attr('class', 'baseline')
    .attr('x1', M.left)
    .attr('x2', W - M.right)
    .attr('y1', y(0))
    .attr('y2', y(0));
  svg
    .append('g')
    .selectAll('rect')
    .data(years.dated)
    .join('rect')
    .attr('data-year', (d) => d.year)
    .attr('x', (d) => x(d.year) - barW / 2)
    .attr('width', barW)
    .attr('y', (d) => y(d.ties))
    .attr('height', (d) => y(0) - y(d.ties))
    .append('title')
    .text((d) => `${d.year}: ${d.ties}`);
  // Whole years, the first and last dated ones among them, none closer than a label's width to the one before.
  const ticks: number[] = [];
  for (const t of [first, ...x.ticks(5).filter((v) => Number.isInteger(v) && v > first && v < last), last]) {
    if (ticks.length && x(t) - x(ticks.at(-1)!) < LABEL_W) {
      if (t !== last || ticks.length === 1) continue;
      ticks.pop(); // the last dated year wins over a round one beside it
    }
    if (!ticks.includes(t)) ticks.push(t);
  }
  svg
    .append('g')
    .selectAll('text')
    .data(ticks)
    .join('text')
    .attr('x', (t) => x(t))
    .attr('y', H - 4)
    .attr('text-anchor', 'middle')
    .text((t) => t);
  svg
    .append('text')
    .attr('x', M.left - 4)
    .attr('y', M.top + 8)
    .attr('text-anchor', 'end')
    .text(top);
  return svg.node()!;
}

export function renderCityProfile(p: CityProfile, lang: Lang, act: DetailsActions): HTMLElement {
  const src = new Map<string, Source>(p.sources.map((s) => [s.id, s]));
  const cityButton = (c: CityProfile['city']) =>
    h('button', { class: 'link', type: 'button', onclick: () => act.select(c.id) }, nodeName(c, lang));
  const partners = h(
    'details',
    { class: 'profile-partners' },
    h('summary', {}, pw(lang, 'partnersList')),
    h(
      'ul',
      {},
      p.partners.map((g) =>
        h(
          'li',
          { 'data-country': g.country ?? 'none' },
          h('strong', {}, `${countryName(g.country, lang)} (${g.partners.length}): `),
          g.partners.flatMap((x, i) => [
            i ? '; ' : '',
            cityButton(x.city),
            x.year === null ? '' : ` ${x.year}`,
            ' ',
            sourceLinks(x.sources, src, lang),
          ]),
        ),
      ),
    ),
  );
  const similar = p.similar.cities;
  return h(
    'section',
    { class: 'city-profile', 'aria-label': pw(lang, 'profile'), 'data-city': p.city.id },
    h('h3', {}, pw(lang, 'byCountry')),
    h('p', { class: 'muted' }, pw(lang, 'byCountryLine')),
    p.partners.length ? countryChart(countryBars(p, lang), lang) : h('p', { class: 'muted' }, '—'),
    p.partners.length ? partners : null,
    h('h3', {}, pw(lang, 'overTime')),
    h('p', { class: 'muted' }, pw(lang, 'overTimeLine')),
    p.years.dated.length ? yearChart(p.years, lang) : h('p', { class: 'muted' }, pw(lang, 'noDated')),
    h('p', { class: 'undated-count' }, pw(lang, 'undated', { n: p.years.undated })),
    h('h3', {}, pw(lang, 'forums')),
    p.forums.length
      ? h(
          'ul',
          { class: 'profile-forums' },
          p.forums.map((f) =>
            h(
              'li',
              {},
              h('button', { class: 'link', type: 'button', onclick: () => act.forum(f.id) }, f.editionRoman),
              ` ${f.year ?? ''} — ${pw(lang, f.role === 'host' ? 'forumHost' : 'forumGuest')} `,
              sourceLinks(f.sources, src, lang),
            ),
          ),
        )
      : h('p', { class: 'muted' }, pw(lang, 'noForums')),
    h('h3', {}, pw(lang, 'similar')),
    h('p', { class: 'muted computed-note' }, pw(lang, 'similarLine')),
    similar.length
      ? h(
          'ol',
          { class: 'similar-cities' },
          similar.map((s) =>
            h(
              'li',
              { 'data-city': s.city.id },
              cityButton(s.city),
              ` · ${countryName(s.city.country, lang)} · ${pw(lang, 'score')} ${s.score.toFixed(2)}`,
              s.tied ? ` · ${pw(lang, 'tied')}` : '',
              h(
                'div',
                { class: 'muted shared' },
                `${pw(lang, 'shared')}: `,
                s.shared
                  .slice(0, SHARED_NAMED)
                  .flatMap((x, i) => [i ? ', ' : '', nodeName(x.city, lang), ' ', sourceLinks(x.sources, src, lang)]),
                s.shared.length > SHARED_NAMED ? ` +${s.shared.length - SHARED_NAMED}` : '',
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, pw(lang, 'similarNone')),
  );
}
