// JSON in the API's graph shape ({ nodes, links, truncated, attribution }), written piece by piece.
import type { ExportSink } from './export.repository.ts';
import type { Write } from './output.ts';

export function jsonSink(write: Write, attributionOf: (licences: string[]) => string[]): ExportSink {
  let attribution: string[] = [];
  let first = true;
  let inLinks = false;
  const item = async (value: unknown) => {
    await write((first ? '' : ',') + JSON.stringify(value));
    first = false;
  };
  const openLinks = async () => {
    if (inLinks) return;
    await write('],"links":[');
    inLinks = true;
    first = true;
  };
  return {
    async begin(sources) {
      attribution = attributionOf(sources.flatMap((s) => (s.licence ? [s.licence] : [])));
      await write('{"nodes":[');
    },
    async node({ coordinatesSources: _, ...n }) {
      await item(n); // the API's node: the coordinates' sources count in the attribution only
    },
    async link(l) {
      await openLinks();
      await item(l);
    },
    async end(truncated) {
      await openLinks();
      await write(`],"truncated":${truncated},"attribution":${JSON.stringify(attribution)}}`);
    },
  };
}
