// The result area: the last result shown as a table or as a graph, with the tabs that switch between them.
import type { CypherResult } from '../../core/schemas/cypher-console.schema.ts';
import { renderGraph } from './graph-view.ts';
import { renderTable } from './table.ts';
import type { ConsoleWords } from './words.ts';

type ResultView = 'table' | 'graph';

export function createResultView(root: HTMLElement, part: (role: string) => HTMLElement, w: ConsoleWords) {
  let last: CypherResult | undefined;
  let view: ResultView = 'table';
  // What each view last drew: switching tabs keeps the graph as the user left it (zoom, dragged nodes, inspector).
  const drawn: Record<ResultView, CypherResult | undefined> = { table: undefined, graph: undefined };
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[data-view]')];

  function render() {
    part('table').hidden = view !== 'table';
    part('graph').hidden = view !== 'graph';
    for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.dataset['view'] === view));
    if (!last || drawn[view] === last) return;
    drawn[view] = last;
    if (view === 'table') renderTable(part('table'), last, w);
    else renderGraph(part('graph'), last, w);
  }

  for (const tab of tabs) tab.addEventListener('click', () => ((view = tab.dataset['view'] as ResultView), render()));
  return {
    get last() {
      return last;
    },
    show(result: CypherResult) {
      last = result;
      // A result with nodes (returned, or in relationships and paths) opens on the graph, as in Neo4j Browser.
      view = result.graph.nodes.length ? 'graph' : 'table';
      render();
    },
    /** After a failed query: nothing of the previous result stays on screen or in the downloads. */
    clear() {
      last = undefined;
      drawn.table = drawn.graph = undefined;
      part('table').replaceChildren();
      part('graph').replaceChildren();
    },
  };
}
