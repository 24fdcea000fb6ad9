// GEXF 1.3 (gexf.net), Gephi's own format: declared attributes, nodes with their coordinates as viz:position
// (x = longitude, y = latitude, so Gephi opens the network as a map), then the undirected edges.
import type { ExportSink } from './export.repository.ts';
import { attrValue, linkAttributes, nodeAttributes, nodeLabel } from './attributes.ts';
import { xml, type Write } from './output.ts';

const gexfType = { string: 'string', double: 'double', int: 'integer' } as const;

function attvalues(attrs: Array<{ name: string }>, item: Record<string, unknown>): string {
  const values = attrs.flatMap((a, i) => {
    const v = attrValue(item[a.name]);
    return v === undefined ? [] : [`<attvalue for="${i}" value="${xml(v)}"/>`];
  });
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

export function gexfSink(write: Write, attributionOf: (licences: string[]) => string): ExportSink {
  let edgesOpen = false;
  const openEdges = async () => {
    if (!edgesOpen) await write('    </nodes>\n    <edges>\n');
    edgesOpen = true;
  };
  return {
    async begin(sources) {
      const decl = (cls: string, attrs: Array<{ name: string; type: keyof typeof gexfType }>) =>
        `    <attributes class="${cls}">${attrs.map((a, i) => `<attribute id="${i}" title="${a.name}" type="${gexfType[a.type]}"/>`).join('')}</attributes>\n`;
      await write(
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
          '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
          'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
          `  <meta><creator>Pobratim</creator><description>${xml(attributionOf(sources.flatMap((s) => (s.licence ? [s.licence] : []))))}</description></meta>\n` +
          '  <graph defaultedgetype="undirected" mode="static">\n' +
          decl('node', nodeAttributes) +
          decl('edge', linkAttributes) +
          '    <nodes>\n',
      );
    },
    async node(n) {
      const position = n.lat === null || n.lon === null ? '' : `<viz:position x="${n.lon}" y="${n.lat}" z="0"/>`;
      await write(
        `      <node id="${xml(n.id)}" label="${xml(nodeLabel(n))}">${attvalues(nodeAttributes, n)}${position}</node>\n`,
      );
    },
    async link(l) {
      await openEdges();
      await write(
        `      <edge id="${xml(l.id)}" source="${xml(l.source)}" target="${xml(l.target)}">${attvalues(linkAttributes, l)}</edge>\n`,
      );
    },
    async end() {
      await openEdges();
      await write('    </edges>\n  </graph>\n</gexf>\n');
    },
  };
}
