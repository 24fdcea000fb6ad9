// The console graph's pure parts (web/console/graph-data.ts, graph-layout.ts): captions and colours by label, the cap
// on drawn nodes, a deterministic layout and a zoom that fits it to the frame.
import { describe, expect, it } from 'vitest';
import type { CypherNode, CypherRelationship } from '../../core/schemas/cypher-console.schema.ts';
import { caption, drawnGraph, labelColour } from '../../web/console/graph-data.ts';
import { fitTransform, layoutGraph } from '../../web/console/graph-layout.ts';

const node = (id: string, labels: string[], properties: Record<string, unknown>): CypherNode => ({
  $kind: 'node',
  id,
  labels,
  properties,
});
const rel = (id: string, start: string, end: string): CypherRelationship => ({
  $kind: 'relationship',
  id,
  type: 'TIE',
  start,
  end,
  properties: {},
});

describe('console graph captions and colours', () => {
  it('captions a node by its label, in the reader’s language', () => {
    const mogilev = node('1', ['City'], { id: 'by-mogilev', nameRu: 'Могилёв', nameEn: 'Mogilev' });
    expect(caption(mogilev, 'ru')).toBe('Могилёв');
    expect(caption(mogilev, 'en')).toBe('Mogilev');
    expect(caption(node('2', ['Forum'], { id: 'forum-09', editionRoman: 'IX' }), 'ru')).toBe('Форум IX');
    expect(caption(node('2', ['Forum'], { id: 'forum-09', editionRoman: 'IX' }), 'en')).toBe('Forum IX');
    expect(caption(node('3', ['Source'], { id: 's1', title: 'Head of Kaluga, 2023', publisher: 'x' }), 'en')).toBe(
      'Head of Kaluga, 2023',
    );
    expect(caption(node('3', ['Source'], { id: 's2', publisher: 'Kaluga City Duma', date: '2019' }), 'en')).toBe(
      'Kaluga City Duma, 2019',
    );
    expect(caption(node('4', ['Agreement'], { id: 'agr-1', kind: 'twinning', year: 1992 }), 'en')).toBe(
      'twinning 1992',
    );
    expect(caption(node('5', ['Story'], { id: 'story-abc' }), 'en')).toBe('story-abc');
    expect(caption(node('6', ['Thing'], {}), 'en')).toBe('Thing');
    expect(
      caption(node('7', ['Source'], { id: 's', title: 'A very long title of a source that goes on' }), 'en'),
    ).toHaveLength(28);
  });

  it('keeps one colour per label, whatever the result', () => {
    expect(labelColour('City')).toBe(labelColour('City'));
    expect(labelColour('City')).not.toBe(labelColour('Forum'));
    expect(labelColour('Unknown')).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('the drawn graph', () => {
  const nodes = ['a', 'b', 'c'].map((id) => node(id, ['City'], { id, nameEn: id.toUpperCase() }));
  const graph = {
    nodes: [...nodes, node('f', ['Forum'], { editionRoman: 'I' })],
    links: [rel('r1', 'a', 'b'), rel('r2', 'b', 'c')],
  };

  it('draws at most the cap, in row order, with only the relationships between drawn nodes', () => {
    const d = drawnGraph({ graph }, 'en', 2);
    expect(d.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(d.links.map((l) => l.id)).toEqual(['r1']);
    expect(d.total).toEqual({ nodes: 4, links: 2 });
    expect(d.legend).toEqual([{ label: 'City', colour: labelColour('City'), count: 2 }]);
  });

  it('counts labels in the legend, most frequent first', () => {
    expect(drawnGraph({ graph }, 'en').legend.map((l) => `${l.label} ${l.count}`)).toEqual(['City 3', 'Forum 1']);
  });
});

describe('the console graph layout', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const links = [
    { source: 'a', target: 'b' },
    { source: 'b', target: 'c' },
    { source: 'c', target: 'a' },
    { source: 'd', target: 'd' },
  ];

  it('is deterministic: the same result gives the same picture', () => {
    const one = [...layoutGraph(ids, links, 800, 480).values()].map((p) => [p.x, p.y]);
    const two = [...layoutGraph(ids, links, 800, 480).values()].map((p) => [p.x, p.y]);
    expect(one).toEqual(two);
    for (const [x, y] of one) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  it('fits every node inside the frame, room for captions on the right', () => {
    const points = [
      { x: -500, y: 20 },
      { x: 900, y: -300 },
      { x: 100, y: 700 },
    ];
    const t = fitTransform(points, 800, 480);
    for (const p of points) {
      const sx = p.x * t.k + t.x,
        sy = p.y * t.k + t.y;
      expect(sx).toBeGreaterThanOrEqual(0);
      expect(sx).toBeLessThanOrEqual(800 - 120);
      expect(sy).toBeGreaterThanOrEqual(0);
      expect(sy).toBeLessThanOrEqual(480);
    }
    // A lone node is not blown up past a readable size.
    expect(fitTransform([{ x: 5, y: 5 }], 800, 480).k).toBeLessThanOrEqual(1.6);
  });
});
