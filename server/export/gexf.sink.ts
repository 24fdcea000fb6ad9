// GEXF (gexf.net), Gephi's own format, in version 1.2 (the default: networkx's read_gexf, Gephi and Gephi Lite all
// read it) or 1.3 (networkx refuses it: "No <graph> element"). Declared attributes; nodes with their coordinates
// as viz:position (x = longitude, y = latitude, so Gephi opens the network as a map), their country colour as
// viz:color and their ties as viz:size; labels in the chosen language; undirected edges whose known dates are
// time intervals (start = the date, open-ended) for Gephi's timeline. Nodes are held until the first edge, since
// a country's colour depends on how many places of it the export holds (the explorer's rule).
import type { ExportNode, ExportSink } from './export.repository.ts';
import { attrValue, linkAttributes, nodeAttributes, nodeLabel } from './attributes.ts';
import { exportColour, nodeSize } from './viz.ts';
import { xml, type Write } from './output.ts';
import type { Lang } from '../../core/schemas/common.schema.ts';

export type GexfVersion = '1.2' | '1.3';

const gexfType = { string: 'string', double: 'double', int: 'integer' } as const;

const namespaces: Record<GexfVersion, { gexf: string; viz: string; schema: string; version: string }> = {
  '1.2': {
    gexf: 'http://www.gexf.net/1.2draft',
    viz: 'http://www.gexf.net/1.2draft/viz',
    schema: 'http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd',
    version: '1.2',
  },
  '1.3': {
    gexf: 'http://gexf.net/1.3',
    viz: 'http://gexf.net/1.3/viz',
    schema: 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
    version: '1.3',
  },
};

function attvalues(attrs: Array<{ name: string }>, item: Record<string, unknown>): string {
  const values = attrs.flatMap((a, i) => {
    const v = attrValue(item[a.name]);
    return v === undefined ? [] : [`<attvalue for="${i}" value="${xml(v)}"/>`];
  });
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

/** A partial date (1992, 2015-11, 2012-03-15) as the full date GEXF's timeformat="date" wants: its first day. */
export function intervalStart(date: string | null): string | undefined {
  if (!date || !/^\d{4}(-\d{2}){0,2}$/.test(date)) return undefined;
  return (date + '-01-01').slice(0, 10);
}

export function gexfSink(
  write: Write,
  attributionOf: (licences: string[]) => string,
  opts: { version?: GexfVersion; lang?: Lang } = {},
): ExportSink {
  const ns = namespaces[opts.version ?? '1.2'];
  const lang = opts.lang ?? 'en';
  const held: ExportNode[] = [];
  let nodesWritten = false;
  const writeNodes = async () => {
    if (nodesWritten) return;
    nodesWritten = true;
    let chunk = '';
    for (const n of held) {
      const c = exportColour(n.country);
      const position = n.lat === null || n.lon === null ? '' : `<viz:position x="${n.lon}" y="${n.lat}" z="0"/>`;
      chunk +=
        `      <node id="${xml(n.id)}" label="${xml(nodeLabel(n, lang))}">${attvalues(nodeAttributes, n)}` +
        `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/><viz:size value="${nodeSize(n.degree)}"/>${position}</node>\n`;
      if (chunk.length > 64_000) (await write(chunk), (chunk = ''));
    }
    await write(chunk + '    </nodes>\n    <edges>\n');
  };
  return {
    async begin(sources) {
      const decl = (cls: string, attrs: Array<{ name: string; type: keyof typeof gexfType }>) =>
        `    <attributes class="${cls}">${attrs.map((a, i) => `<attribute id="${i}" title="${a.name}" type="${gexfType[a.type]}"/>`).join('')}</attributes>\n`;
      await write(
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
          `<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
          `xsi:schemaLocation="${ns.schema}" version="${ns.version}">\n` +
          `  <meta><creator>Pobratim</creator><description>${xml(attributionOf(sources.flatMap((s) => (s.licence ? [s.licence] : []))))}</description></meta>\n` +
          '  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">\n' +
          decl('node', nodeAttributes) +
          decl('edge', linkAttributes) +
          '    <nodes>\n',
      );
    },
    async node(n) {
      held.push(n);
    },
    async link(l) {
      await writeNodes();
      const start = intervalStart(l.date);
      await write(
        `      <edge id="${xml(l.id)}" source="${xml(l.source)}" target="${xml(l.target)}"${start ? ` start="${start}"` : ''}>${attvalues(linkAttributes, l)}</edge>\n`,
      );
    },
    async end() {
      await writeNodes();
      await write('    </edges>\n  </graph>\n</gexf>\n');
    },
  };
}
