// Exports against the real Neo4j: GraphML and GEXF parse as XML with the declared structure, CSV is safe for
// spreadsheets and round-trips through the importer, JSON is the API's graph shape, filters are those of /api/graph.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { neutralise, unneutralise } from '../../server/import/spreadsheet-safe.ts';
import { WORLD_LICENCE } from '../../server/import/world-source.ts';
import { GraphNodeSchema, GraphSchema } from '../../core/schemas/graph.schema.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { ADMIN_TOKEN, useAdminApp } from '../helpers/admin-app.ts';

const token = ADMIN_TOKEN;
const GEONAMES_LICENCE = 'GeoNames (geonames.org), CC BY 4.0';
const admin = useAdminApp();

async function exported(query: string) {
  const res = await fetch(`${admin.app.url}/api/export?${query}`);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['node', 'edge', 'key', 'data', 'attvalue', 'attribute', 'attributes'].includes(name),
});

describe('GET /api/export', () => {
  it('writes GraphML that parses, with keys, nodes and undirected edges', async () => {
    const { status, type, text } = await exported('format=graphml&country=RU,BY');
    expect(status).toBe(200);
    expect(type).toMatch(/graphml\+xml/);
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = parser.parse(text).graphml;
    expect(doc['@xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(doc.graph['@edgedefault']).toBe('undirected');
    const ids = new Set(doc.graph.node.map((n: Record<string, string>) => n['@id']));
    const keys = new Set(doc.key.map((k: Record<string, string>) => k['@id']));
    expect(doc.graph.edge.length).toBe(15);
    for (const e of doc.graph.edge) {
      expect(ids.has(e['@source']) && ids.has(e['@target'])).toBe(true);
      for (const d of e.data) expect(keys.has(d['@key'])).toBe(true);
    }
  });

  it('writes GEXF 1.2 by default, 1.3 on request, with positions, viz colours and sizes, and date intervals', async () => {
    const { status, text } = await exported('format=gexf&focus=ru-kaluga&lang=ru');
    expect(status).toBe(200);
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = parser.parse(text).gexf;
    expect(doc['@version']).toBe('1.2');
    expect(doc['@xmlns']).toBe('http://www.gexf.net/1.2draft');
    expect(doc.graph).toMatchObject({ '@mode': 'dynamic', '@timeformat': 'date' });
    expect(doc.graph.nodes.node.map((n: Record<string, string>) => n['@id']).sort()).toEqual([
      'by-minsk',
      'ru-kaluga',
      'ru-smolensk',
      'ru-tula',
    ]);
    const kaluga = doc.graph.nodes.node.find((n: Record<string, string>) => n['@id'] === 'ru-kaluga');
    expect(kaluga['@label']).toBe('Калуга');
    expect(kaluga['viz:position']).toMatchObject({ '@x': '36.27542', '@y': '54.5293' });
    expect(kaluga['viz:color']).toMatchObject({ '@r': expect.any(String), '@g': expect.any(String) });
    expect(Number(kaluga['viz:size']['@value'])).toBeGreaterThan(2);
    expect(doc.graph.edges.edge.length).toBe(3);
    const v13 = parser.parse((await exported('format=gexf&focus=ru-kaluga&gexf=1.3')).text).gexf;
    expect(v13['@version']).toBe('1.3');
    expect(v13.graph.nodes.node.find((n: Record<string, string>) => n['@id'] === 'ru-kaluga')['@label']).toBe('Kaluga');
    expect((await exported('format=gexf&gexf=2.0')).status).toBe(400);
  });

  it('is read by networkx (a real reader): GEXF 1.2 with labels, colours, sizes and intervals, and GraphML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pobratim-nx-'));
    try {
      const gexf = join(dir, 'g.gexf');
      const graphml = join(dir, 'g.graphml');
      const gexf13 = join(dir, 'g13.gexf');
      writeFileSync(gexf, (await exported('format=gexf&country=RU,BY&lang=ru')).text);
      writeFileSync(graphml, (await exported('format=graphml&country=RU,BY')).text);
      writeFileSync(gexf13, (await exported('format=gexf&country=RU,BY&gexf=1.3')).text);
      const script = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
m = nx.read_graphml(sys.argv[2])
try:
    nx.read_gexf(sys.argv[3]); refused = None
except Exception as e:
    refused = str(e)
borisov = g.nodes['by-borisov']
dated = [d for _, _, d in g.edges(data=True) if 'start' in d]
print(json.dumps({
  'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
  'label': borisov['label'], 'viz': borisov['viz'],
  'dated': len(dated), 'start': sorted(d['start'] for d in dated)[0],
  'graphml': [m.number_of_nodes(), m.number_of_edges()], 'refused13': refused,
}))`;
      // Asynchronously: the app under test serves from this very process.
      const { stdout } = await promisify(execFile)('python3', ['-c', script, gexf, graphml, gexf13], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      const out = JSON.parse(stdout);
      expect(out.edges).toBe(15);
      expect(out.graphml).toEqual([out.nodes, 15]);
      expect(out.label).toBe('Борисов');
      expect(out.viz).toMatchObject({ color: { r: expect.any(Number) }, size: expect.any(Number) });
      expect(out.viz.position).toMatchObject({ x: expect.any(Number), y: expect.any(Number) });
      expect(out.dated).toBeGreaterThan(0);
      expect(out.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // networkx before 3.x refused 1.3 ("No <graph> element"); whatever this one does, 1.2 is what all read.
      expect(out.refused13 === null || typeof out.refused13 === 'string').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it('names the file after what it holds', async () => {
    const res = await fetch(`${admin.app.url}/api/export?format=gexf&country=RU,BY&to=1995&undated=exclude`);
    await res.text();
    expect(res.headers.get('content-disposition')).toContain('pobratim-BY-RU-to1995-dated.gexf');
  });

  it('writes JSON in the API graph shape, with the same filters as /api/graph', async () => {
    const { text } = await exported('format=json&to=1995&undated=exclude');
    const graph = GraphSchema.parse(JSON.parse(text));
    expect(graph.links.map((l) => l.id)).toEqual(['by-borisov--ru-podolsk']);
    expect((await exported('format=json&focus=nowhere')).status).toBe(404);
    expect((await exported('format=pdf')).status).toBe(400);
    expect((await exported('format=csv&from=2000&to=1990')).status).toBe(400);
  });

  it('neutralises spreadsheet formulas in CSV cells but keeps numbers, and the importer undoes it', () => {
    for (const bad of ['=HYPERLINK("x")', '+1+2', '-cmd', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutralise(bad)).toBe(`'${bad}`);
      expect(unneutralise(neutralise(bad))).toBe(bad);
    }
    expect(neutralise('-57.55')).toBe('-57.55');
    expect(neutralise('Kaluga')).toBe('Kaluga');
  });

  it('writes CSV that round-trips through the importer', async () => {
    const first = await exported('format=csv&country=RU,BY');
    expect(first.type).toMatch(/text\/csv/);
    // source_url and source_title are filled: the tie's first source with an address, and its title.
    const rows = parse(first.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(15);
    expect(rows.every((r) => r.source_title !== '')).toBe(true);
    const kp40 = rows.find((r) => r.source_ids!.split(';').includes('kp40-2017-03-31'))!;
    expect(kp40.source_url).toMatch(/^https?:\/\//);
    expect(kp40.source_title).not.toBe('');
    // A place whose name looks like a formula comes back neutralised, and imports back as it was.
    const evil = '=cmd|calc';
    const row = `,${JSON.stringify(evil).replace(/\\"/g, '""')},BY,53.1,27.1,city,by-minsk,Minsk,BY,53.9,27.56667,city,twinning,twinning,,facts-md,,,\r\n`;
    const post = (body: string, query = '') =>
      fetch(`${admin.app.url}/api/import${query}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
        body,
      }).then((r) => r.json());
    const added = await post(first.text + row);
    expect(added.rejected).toEqual([]);
    expect(added.ties).toMatchObject({ created: 1, alreadyPresent: 15 });
    const second = await exported('format=csv&country=BY');
    expect(second.text).toContain(`'${evil}`);
    // Importing the export again changes nothing: every city matched by id, every tie already present.
    const before = await graphChecksum(admin.app.db);
    const again = await post((await exported('format=csv&country=RU,BY')).text);
    expect(again).toMatchObject({
      format: 'rich',
      rejectedCount: 0,
      cities: { created: 0 },
      ties: { created: 0, sourceAdded: 0 },
    });
    expect(await graphChecksum(admin.app.db)).toEqual(before);
  }, 120_000); // three exports and two imports: over 30 s on a loaded 2-core machine

  it('credits the world dataset inside the file whenever its ties are exported', async () => {
    const world =
      'city1,country1,lat1,lng1,city2,country2,lat2,lng2\nVanadzor,Armenia,40.8128,44.4883,Podolsk,Russia,55.4311,37.5456\n';
    await fetch(`${admin.app.url}/api/import`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: world,
    });
    const graphml = await exported('format=graphml&focus=ru-podolsk');
    expect(parser.parse(graphml.text).graphml.desc).toContain(WORLD_LICENCE);
    const csv = await exported('format=csv&focus=ru-podolsk');
    expect(csv.text).toContain(WORLD_LICENCE);
    const curated = await exported('format=gexf&focus=ru-kaluga');
    expect(curated.text).not.toContain(WORLD_LICENCE);
  });

  it("says where each city's coordinates come from, and credits GeoNames for the curated ones", async () => {
    const graphml = parser.parse((await exported('format=graphml&focus=ru-kaluga')).text).graphml;
    expect(graphml.desc).toContain(GEONAMES_LICENCE);
    const kaluga = graphml.graph.node.find((n: Record<string, unknown>) => n['@id'] === 'ru-kaluga');
    expect(kaluga.data.find((d: Record<string, string>) => d['@key'] === 'n_coordinatesSources')['#text']).toBe(
      'geonames',
    );
    const csv = (await exported('format=csv&focus=ru-kaluga')).text;
    expect(
      csv
        .split('\r\n')
        .filter((l) => l.includes('ru-kaluga'))
        .every((l) => l.includes(GEONAMES_LICENCE)),
    ).toBe(true);
    const json = JSON.parse((await exported('format=json&focus=ru-kaluga')).text);
    expect(json.attribution).toContain(GEONAMES_LICENCE);
    // The API's node shape, less the computed metrics it carries (not facts: never exported, docs/analytics.md).
    const shape = Object.keys(GraphNodeSchema.shape).filter(
      (k) => !['community', 'pagerank', 'pagerankWeighted', 'betweenness', 'closeness'].includes(k),
    );
    for (const n of json.nodes) expect(Object.keys(n).sort()).toEqual(shape.sort());
    expect((await admin.app.get('/api/graph?focus=ru-kaluga')).body.attribution).toContain(GEONAMES_LICENCE);
  });
});
