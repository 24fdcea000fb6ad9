// GraphML (graphml.graphdrawing.org), which Gephi, yEd, NetworkX and igraph read: keys declared first, then
// the undirected graph; the attribution goes in <desc>.
import type { ExportSink } from './export.repository.ts';
import { attrValue, linkAttributes, nodeAttributes } from './attributes.ts';
import { xml, type Write } from './output.ts';

const keyType = { string: 'string', double: 'double', int: 'int' } as const;

function data(prefix: string, attrs: Array<{ name: string }>, item: Record<string, unknown>): string {
  return attrs
    .map((a) => {
      const v = attrValue(item[a.name]);
      return v === undefined ? '' : `<data key="${prefix}${a.name}">${xml(v)}</data>`;
    })
    .join('');
}

export function graphmlSink(write: Write, attributionOf: (licences: string[]) => string): ExportSink {
  return {
    async begin(sources) {
      const keys = [
        ...nodeAttributes.map(
          (a) => `  <key id="n_${a.name}" for="node" attr.name="${a.name}" attr.type="${keyType[a.type]}"/>`,
        ),
        ...linkAttributes.map(
          (a) => `  <key id="e_${a.name}" for="edge" attr.name="${a.name}" attr.type="${keyType[a.type]}"/>`,
        ),
      ];
      await write(
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
          '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
          'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
          `  <desc>${xml(attributionOf(sources.flatMap((s) => (s.licence ? [s.licence] : []))))}</desc>\n${keys.join('\n')}\n` +
          '  <graph id="pobratim" edgedefault="undirected">\n',
      );
    },
    async node(n) {
      await write(`    <node id="${xml(n.id)}">${data('n_', nodeAttributes, n)}</node>\n`);
    },
    async link(l) {
      await write(
        `    <edge id="${xml(l.id)}" source="${xml(l.source)}" target="${xml(l.target)}">${data('e_', linkAttributes, l)}</edge>\n`,
      );
    },
    async end() {
      await write('  </graph>\n</graphml>\n');
    },
  };
}
