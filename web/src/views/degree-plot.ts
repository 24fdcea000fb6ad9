// The degree distribution on log–log axes (d3), with the fitted power law drawn over its tail: a straight line
// there is what "scale-free" means.
import { axisBottom, axisLeft, create, line, scaleLog } from 'd3';
import type { GraphFigures } from '../../../core/schemas/analytics.schema.ts';
import { aw } from '../i18n/analytics-strings.ts';
import type { Lang } from '../../../core/view/view-state.ts';

const W = 520;
const H = 300;
const M = { top: 12, right: 16, bottom: 42, left: 56 };

export function renderDegreePlot(degree: GraphFigures['degree'], lang: Lang): SVGSVGElement {
  const points = degree.distribution.filter((d) => d.degree >= 1);
  const total = degree.distribution.reduce((s, d) => s + d.count, 0);
  const svg = create('svg')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('class', 'degree-plot')
    .attr('role', 'img')
    .attr('aria-label', aw(lang, 'degreePlot'));
  if (!points.length) return svg.node()!;
  const x = scaleLog()
    .domain([1, Math.max(2, degree.max)])
    .range([M.left, W - M.right])
    .nice();
  const y = scaleLog()
    .domain([1, Math.max(2, ...points.map((d) => d.count))])
    .range([H - M.bottom, M.top])
    .nice();
  svg
    .append('g')
    .attr('transform', `translate(0,${H - M.bottom})`)
    .call(axisBottom(x).ticks(6, '~s'));
  svg.append('g').attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(6, '~s'));
  svg
    .append('text')
    .attr('x', (M.left + W - M.right) / 2)
    .attr('y', H - 6)
    .attr('text-anchor', 'middle')
    .text(aw(lang, 'degreeAxis'));
  svg
    .append('text')
    .attr('transform', `translate(14,${(M.top + H - M.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(aw(lang, 'countAxis'));
  svg
    .append('g')
    .selectAll('circle')
    .data(points)
    .join('circle')
    .attr('cx', (d) => x(d.degree))
    .attr('cy', (d) => y(d.count))
    .attr('r', 3.5)
    .attr('class', 'degree-point')
    .append('title')
    .text((d) => `k = ${d.degree}: ${d.count}`);
  const fit = degree.powerLaw;
  if (fit) {
    // Expected places of degree k under the fit: tail × the discrete density, C·k^-α normalised over k ≥ kMin.
    const norm = 1 / Array.from({ length: 2000 }, (_, i) => (fit.kMin + i) ** -fit.alpha).reduce((a, b) => a + b, 0);
    const ks = [fit.kMin, Math.max(fit.kMin + 1, degree.max)];
    const expected = (k: number) => Math.max(0.5, fit.tail * norm * k ** -fit.alpha);
    svg
      .append('path')
      .attr('class', 'degree-fit')
      .attr('fill', 'none')
      .attr(
        'd',
        line<number>()
          .x((k) => x(k))
          .y((k) => y(Math.max(y.domain()[0]!, expected(k))))(ks),
      );
    svg
      .append('text')
      .attr('x', W - M.right)
      .attr('y', M.top + 12)
      .attr('text-anchor', 'end')
      .text(`${aw(lang, 'fit')}: α = ${fit.alpha.toFixed(2)}, k ≥ ${fit.kMin} (${fit.tail} / ${total})`);
  }
  return svg.node()!;
}
