// The baseline of the render benchmark: plain D3 with one SVG element per node and per link, d3-zoom on a <g>,
// and d3-force on the main thread updating the elements every tick — how Neo4j Browser and Flourish draw.
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg, select, zoom, zoomIdentity } from 'd3';
import { paramsFor } from '../src/layout/force-layout.ts';
import type { GraphModel } from '../src/model/graph-model.ts';
import { countryColour } from '../../core/style/country-colours.ts';

interface N {
  i: number;
  x: number;
  y: number;
  sx: number;
  sy: number;
}

export function svgBaseline(host: HTMLElement, model: GraphModel, seedXY: Float32Array) {
  const w = host.clientWidth,
    h = host.clientHeight;
  const nodes: N[] = model.nodes.map((_, i) => ({
    i,
    x: seedXY[2 * i]!,
    y: seedXY[2 * i + 1]!,
    sx: seedXY[2 * i]!,
    sy: seedXY[2 * i + 1]!,
  }));
  const links = model.links.map((_, l) => ({ source: nodes[model.source[l]!]!, target: nodes[model.target[l]!]! }));
  const svg = select(host).append('svg').attr('width', w).attr('height', h);
  const g = svg.append('g');
  const line = g
    .append('g')
    .attr('stroke', 'rgb(175,190,215)')
    .attr('stroke-opacity', 0.16)
    .selectAll('line')
    .data(links)
    .join('line')
    .attr('x1', (d) => d.source.x)
    .attr('y1', (d) => d.source.y)
    .attr('x2', (d) => d.target.x)
    .attr('y2', (d) => d.target.y);
  const circle = g
    .append('g')
    .selectAll('circle')
    .data(nodes)
    .join('circle')
    .attr('r', (d) => 1 + Math.sqrt(model.adjacency[d.i]!.length))
    .attr('fill', (d) => countryColour(model.nodes[d.i]!.country))
    .attr('cx', (d) => d.x)
    .attr('cy', (d) => d.y);
  const k = w / 1600;
  const z = zoom<SVGSVGElement, unknown>().on('zoom', (e) => g.attr('transform', e.transform));
  svg.call(z).call(z.transform, zoomIdentity.translate(0, (h - 800 * k) / 2).scale(k));
  return {
    /** Runs d3-force on the main thread, redrawing every tick; resolves when settled or after `capMs`. */
    layout(capMs: number): Promise<{ settled: boolean; ms: number; ticks: number }> {
      const p = paramsFor(nodes.length);
      const start = performance.now();
      let ticks = 0;
      return new Promise((res) => {
        const sim = forceSimulation(nodes)
          .randomSource(randomLcg(1))
          .alpha(p.alpha)
          .alphaDecay(p.alphaDecay)
          .force(
            'link',
            forceLink(links)
              .distance(p.linkDistance)
              .strength(p.linkStrength ?? 0.5),
          )
          .force(
            'charge',
            forceManyBody()
              .strength(p.charge)
              .theta(p.theta)
              .distanceMax(p.linkDistance * 40),
          )
          .force('x', forceX<N>((d) => d.sx).strength(p.anchor))
          .force('y', forceY<N>((d) => d.sy).strength(p.anchor))
          .on('tick', () => {
            ticks++;
            line
              .attr('x1', (d) => d.source.x)
              .attr('y1', (d) => d.source.y)
              .attr('x2', (d) => d.target.x)
              .attr('y2', (d) => d.target.y);
            circle.attr('cx', (d) => d.x).attr('cy', (d) => d.y);
            if (performance.now() - start > capMs)
              (sim.stop(), res({ settled: false, ms: performance.now() - start, ticks }));
          })
          .on('end', () => res({ settled: true, ms: performance.now() - start, ticks }));
      });
    },
  };
}
