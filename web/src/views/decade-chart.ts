// A country's dated ties per decade as a small bar chart (d3); the undated ones are said in words beside it,
// never given a decade.
import { axisBottom, axisLeft, create, max, scaleBand, scaleLinear } from 'd3';
import type { Lang } from '../../../core/view/view-state.ts';
import { cw, tiesText } from '../i18n/country-strings.ts';

const W = 360;
const H = 170;
const M = { top: 10, right: 8, bottom: 34, left: 40 };

export function renderDecadeChart(
  decades: ReadonlyArray<{ decade: number; ties: number }>,
  colour: string,
  lang: Lang,
): SVGSVGElement {
  const svg = create('svg')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('class', 'decade-chart')
    .attr('role', 'img')
    .attr(
      'aria-label',
      `${cw(lang, 'decades')}: ${decades.map((d) => `${d.decade}: ${tiesText(d.ties, lang)}`).join('; ')}`,
    );
  if (!decades.length) return svg.node()!;
  // Every decade from the first to the last, so an empty one shows as a gap, not as nothing.
  const first = decades[0]!.decade;
  const last = decades.at(-1)!.decade;
  const all = Array.from({ length: (last - first) / 10 + 1 }, (_, i) => first + i * 10);
  const count = new Map(decades.map((d) => [d.decade, d.ties]));
  const x = scaleBand<number>()
    .domain(all)
    .range([M.left, W - M.right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, max(decades, (d) => d.ties) ?? 1])
    .nice()
    .range([H - M.bottom, M.top]);
  svg
    .append('g')
    .attr('transform', `translate(0,${H - M.bottom})`)
    .call(axisBottom(x).tickFormat((d) => `${d}${lang === 'ru' ? '-е' : 's'}`));
  svg.append('g').attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(4, '~s'));
  svg
    .append('g')
    .selectAll('rect')
    .data(all)
    .join('rect')
    .attr('class', 'decade-bar')
    .attr('data-decade', (d) => d)
    .attr('x', (d) => x(d)!)
    .attr('width', x.bandwidth())
    .attr('y', (d) => y(count.get(d) ?? 0))
    .attr('height', (d) => y(0) - y(count.get(d) ?? 0))
    .attr('fill', colour)
    .append('title')
    .text((d) => `${d}${lang === 'ru' ? '-е' : 's'}: ${tiesText(count.get(d) ?? 0, lang)}`);
  return svg.node()!;
}
