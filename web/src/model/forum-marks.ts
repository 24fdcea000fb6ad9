// Forums on the canvas: each shown place that hosted forums held by the chosen year gets a mark with the
// editions' numerals (I, IX…). An edition without a known year follows the undated toggle, as ties do; a host
// that is not shown (no tie passes the filters) gets no mark — the forums tab lists every edition. Pure.
import type { Visible } from './visibility.ts';
import type { GraphModel } from './graph-model.ts';

export interface ForumMark {
  /** The host's node index. */
  node: number;
  /** Numerals of the editions it hosted, in edition order ("I · IX"). */
  label: string;
  forums: string[];
}

export interface ForumOnMap {
  id: string;
  edition: number;
  editionRoman: string;
  year: number | null;
  host: { id: string } | null;
}

export function forumMarks(model: GraphModel, visible: Visible, forums: readonly ForumOnMap[], year: number, undated: boolean): ForumMark[] {
  const byHost = new Map<number, ForumOnMap[]>();
  for (const f of forums) {
    const i = f.host ? model.index.get(f.host.id) : undefined;
    if (i === undefined || !visible.node[i] || (f.year === null ? !undated : f.year > year)) continue;
    byHost.set(i, [...(byHost.get(i) ?? []), f]);
  }
  return [...byHost.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([node, held]) => {
      held.sort((a, b) => a.edition - b.edition);
      return { node, label: held.map((f) => f.editionRoman).join(' · '), forums: held.map((f) => f.id) };
    });
}
