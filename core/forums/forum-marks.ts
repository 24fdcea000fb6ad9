// Forums on the canvas: each shown place that hosted forums held by the chosen year gets a mark with the
// editions' numerals (I, IX…). An edition without a known year follows the undated toggle, as ties do; a host
// that is not shown (no tie passes the filters) gets no mark — the forums tab lists every edition. The rule
// (`forumsHeld`) is shared by the explorer's canvas (web/src/model/canvas-forum-marks.ts) and the embeds, so an
// embed marks the same hosts as the explorer. Pure.
export interface ForumOnMap {
  id: string;
  edition: number;
  editionRoman: string;
  year: number | null;
  host: { id: string } | null;
}

/** The editions a view marks, by host id in edition order: a shown host, held by `year` (an edition without a
 *  known year only when undated data is shown). Hosts come in the order of their first edition. */
export function forumsHeld<F extends ForumOnMap>(
  forums: readonly F[],
  shown: (hostId: string) => boolean,
  year: number,
  undated: boolean,
): Map<string, F[]> {
  const byHost = new Map<string, F[]>();
  for (const f of [...forums].sort((a, b) => a.edition - b.edition)) {
    if (!f.host || !shown(f.host.id) || (f.year === null ? !undated : f.year > year)) continue;
    byHost.set(f.host.id, [...(byHost.get(f.host.id) ?? []), f]);
  }
  return byHost;
}

/** Editions already chosen (an embed's), grouped by host in edition order. */
export const byHost = <F extends ForumOnMap>(forums: readonly F[]) => forumsHeld(forums, () => true, Infinity, true);

export const editionsLabel = (held: readonly ForumOnMap[]) => held.map((f) => f.editionRoman).join(' · ');
