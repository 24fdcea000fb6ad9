// The result area: the last result shown as a table or as a graph, with the tabs that switch between them.
import type { CypherResult } from '../../core/schemas/cypher-console.schema.ts';
import { renderGraph } from './graph-view.ts';
import { renderTable } from './table.ts';

type ResultView = 'table' | 'graph';

export function createResultView(root: HTMLElement, part: (role: string) => HTMLElement) {
  let last: CypherResult | undefined;
  let view: ResultView = 'table';
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[data-view]')];

  function render() {
    part('table').hidden = view !== 'table';
    part('graph').hidden = view !== 'graph';
    for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.dataset['view'] === view));
    if (!last) return;
    if (view === 'table') renderTable(part('table'), last);
    else renderGraph(part('graph'), last);
  }

  for (const tab of tabs) tab.addEventListener('click', () => ((view = tab.dataset['view'] as ResultView), render()));
  return {
    get last() {
      return last;
    },
    show(result: CypherResult) {
      last = result;
      render();
    },
  };
}
