// Exports against the real Neo4j: GraphML and GEXF parse as XML with the declared structure, CSV is safe for
// spreadsheets and round-trips through the importer, JSON is the API's graph shape, filters are those of /api/graph.
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

  it('writes GEXF 1.3 that parses, with positions from the coordinates', async () => {
    const { status, text } = await exported('format=gexf&focus=ru-kaluga');
    expect(status).toBe(200);
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = parser.parse(text).gexf;
    expect(doc['@version']).toBe('1.3');
    expect(doc.graph.nodes.node.map((n: Record<string, string>) => n['@id']).sort()).toEqual([
      'by-minsk',
      'ru-kaluga',
      'ru-smolensk',
      'ru-tula',
    ]);
    const kaluga = doc.graph.nodes.node.find((n: Record<string, string>) => n['@id'] === 'ru-kaluga');
    expect(kaluga['viz:position']).toMatchObject({ '@x': '36.27542', '@y': '54.5293' });
    expect(doc.graph.edges.edge.length).toBe(3);
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
  });

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
    for (const n of json.nodes) expect(Object.keys(n).sort()).toEqual(Object.keys(GraphNodeSchema.shape).sort()); // the API's node shape
    expect((await admin.app.get('/api/graph?focus=ru-kaluga')).body.attribution).toContain(GEONAMES_LICENCE);
  });
});
