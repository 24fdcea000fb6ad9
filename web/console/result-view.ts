// The result area: the last result shown as a table or as a graph, with the tabs that switch between them.
import type { CypherResult } from '../../core/schemas/cypher-console.schema.ts';
import { renderGraph } from './graph-view.ts';
import { renderTable } from './table.ts';
import type { ConsoleWords } from './words.ts';

type ResultView = 'table' | 'graph';

export function createResultView(root: HTMLElement, part: (role: string) => HTMLElement, w: ConsoleWords) {
  let last: CypherResult | undefined;
  let view: ResultView = 'table';
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[data-view]')];

  function render() {
    part('table').hidden = view !== 'table';
    part('graph').hidden = view !== 'graph';
    for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.dataset['view'] === view));
    if (!last) return;
    if (view === 'table') renderTable(part('table'), last, w);
    else renderGraph(part('graph'), last);
  }

  for (const tab of tabs) tab.addEventListener('click', () => ((view = tab.dataset['view'] as ResultView), render()));
  return {
    get last() {
      return last;
    },
    show(result: CypherResult) {
      last = result;
      // Nodes, relationships and paths only (every column of the first row): the graph says more than a table.
      const first = result.rows[0];
      if (first?.length && first.every((v) => ['node', 'relationship', 'path'].includes(kindOf(v)))) view = 'graph';
      render();
    },
    /** After a failed query: nothing of the previous result stays on screen or in the downloads. */
    clear() {
      last = undefined;
      part('table').replaceChildren();
      part('graph').replaceChildren();
    },
  };
}

function kindOf(v: unknown): string {
  return v && typeof v === 'object' ? ((v as { $kind?: string }).$kind ?? '') : '';
}
