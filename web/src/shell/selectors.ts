// The explorer's derived data, memoised: what is shown (filters, focus, found path), the scene drawn (styled by
// the view's rules), and the table's sorted rows. Each recomputes only when something it reads changed.
import type { z } from 'zod';
import type { ForumListSchema } from '../../../core/schemas/forum.schema.ts';
import type { Path } from '../../../core/schemas/path.schema.ts';
import { forumMarks } from '../model/canvas-forum-marks.ts';
import type { GraphModel } from '../model/graph-model.ts';
import { computeVisible, type Visible } from '../model/visibility.ts';
import { buildScene, selectionContext } from '../render/scene.ts';
import { memoizeLast } from '../state/memoize-last.ts';
import type { ViewState } from '../../../core/view/view-state.ts';
import { tieRows } from '../views/table-view.ts';

export type ForumList = z.infer<typeof ForumListSchema>;

/** The cities on a found path (highlighted and always shown). */
export const pathCities = (path: Path | null): string[] => (path?.found ? path.cities.map((c) => c.id) : []);

export function createSelectors() {
  const visible = memoizeLast(
    (model: GraphModel, s: ViewState, path: Path | null): Visible => computeVisible(model, s, pathCities(path)),
    (model, s, path) => [
      model,
      s.year,
      s.undated,
      s.countries,
      s.kinds,
      s.minTies,
      s.focus,
      s.depth,
      s.expanded,
      s.dismissed,
      path,
    ],
  );
  const scene = memoizeLast(
    (model: GraphModel, v: Visible, s: ViewState, forums: ForumList | null) =>
      buildScene(
        model,
        selectionContext(model, v, s, s.lang, s.selected, s.focus),
        forumMarks(model, v, forums?.forums ?? [], s.year, s.undated),
      ),
    (model, v, s, forums) => [model, v, s.colourBy, s.sizeBy, s.selected, s.focus, s.lang, s.year, s.undated, forums],
  );
  const tableRows = memoizeLast(tieRows);
  return { visible, scene, tableRows };
}

export type Selectors = ReturnType<typeof createSelectors>;
