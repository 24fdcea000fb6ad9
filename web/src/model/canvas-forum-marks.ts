// The explorer's forum marks: the shared rule (core/forums/forum-marks.ts) applied to the canvas's shown nodes.
import { editionsLabel, forumsHeld, type ForumOnMap } from '../../../core/forums/forum-marks.ts';
import type { GraphModel } from './graph-model.ts';
import type { Visible } from './visibility.ts';

export interface ForumMark {
  /** The host's node index. */
  node: number;
  /** Numerals of the editions it hosted, in edition order ("I · IX"). */
  label: string;
  forums: string[];
}

export function forumMarks(
  model: GraphModel,
  visible: Visible,
  forums: readonly ForumOnMap[],
  year: number,
  undated: boolean,
): ForumMark[] {
  const held = forumsHeld(
    forums,
    (id) => {
      const i = model.index.get(id);
      return i !== undefined && !!visible.node[i];
    },
    year,
    undated,
  );
  return [...held.entries()]
    .map(([host, list]) => ({
      node: model.index.get(host)!,
      label: editionsLabel(list),
      forums: list.map((f) => f.id),
    }))
    .sort((a, b) => a.node - b.node);
}
