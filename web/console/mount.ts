// mountConsole(container, options): the researchers' Cypher console as a self-contained widget. The explorer mounts
// it as a tab; web/console.html mounts it alone. Flow: controls → run() → api → state (last result) → renderers.
import type { CypherResult } from '../../core/schemas/cypher-console.schema.ts';
import { ConsoleApiError, fetchSchema, runCypher } from './api.ts';
import { createEditor } from './editor.ts';
import { examples } from './examples.ts';
import { download, toCsv } from './export.ts';
import { renderGraph } from './graph-view.ts';
import { addToHistory, readHistory, type HistoryEntry } from './history.ts';
import { permalinkHash, readPermalink } from './permalink.ts';
import { renderSchema } from './schema-panel.ts';
import { renderTable } from './table.ts';
import './console.css';

export interface ConsoleOptions {
  /** Base of the API (default `/api`). */
  apiBase?: string;
  /** Where history lives (default `localStorage`; pass undefined-returning storage to keep none). */
  storage?: Storage;
  /** Read the query from and write it to the URL hash (`#cypher=…&params=…`); default true. */
  permalink?: boolean;
  /** The query shown when no permalink gives one. */
  initialQuery?: string;
}

export interface ConsoleHandle {
  /** Runs the query in the editor. */
  run(): Promise<void>;
  /** Puts a query (and parameters as JSON text) into the editor without running it. */
  setQuery(query: string, params?: string): void;
  destroy(): void;
}

const template = `
<aside class="cc-side">
  <details open><summary>Examples</summary><ul class="cc-examples" data-role="examples"></ul></details>
  <details open><summary>Schema</summary><div class="cc-schema" data-role="schema">Loading…</div></details>
  <details><summary>History</summary><ul class="cc-history" data-role="history"></ul></details>
</aside>
<section class="cc-main">
  <div class="cc-editor" data-role="editor"></div>
  <label class="cc-params-label">Parameters (JSON)<textarea class="cc-params" data-role="params" spellcheck="false" rows="2">{}</textarea></label>
  <div class="cc-actions">
    <button type="button" data-role="run" class="cc-primary">Run <kbd>Ctrl+Enter</kbd></button>
    <button type="button" data-role="permalink">Permalink</button>
    <button type="button" data-role="csv" disabled>CSV</button>
    <button type="button" data-role="json" disabled>JSON</button>
    <span class="cc-status" data-role="status" role="status"></span>
  </div>
  <div class="cc-error" data-role="error" role="alert" hidden></div>
  <div class="cc-tabs" role="tablist">
    <button type="button" role="tab" data-view="table" aria-selected="true">Table</button>
    <button type="button" role="tab" data-view="graph" aria-selected="false">Graph</button>
  </div>
  <div class="cc-result" data-role="table"></div>
  <div class="cc-result" data-role="graph" hidden></div>
  <footer class="cc-attribution" data-role="attribution"></footer>
</section>`;

export function mountConsole(container: HTMLElement, options: ConsoleOptions = {}): ConsoleHandle {
  const apiBase = options.apiBase ?? '/api';
  const storage = options.storage ?? globalThis.localStorage;
  const usePermalink = options.permalink ?? true;
  const root = document.createElement('div');
  root.className = 'cc';
  root.innerHTML = template;
  container.append(root);
  const part = <T extends HTMLElement>(role: string) => root.querySelector<T>(`[data-role="${role}"]`)!;
  const paramsBox = part<HTMLTextAreaElement>('params');
  const status = part('status');
  const errorBox = part('error');
  let last: CypherResult | undefined;
  let view: 'table' | 'graph' = 'table';
  let inFlight: AbortController | undefined;

  const fromLink = usePermalink ? readPermalink(location.hash) : undefined;
  const editor = createEditor(part('editor'), { text: fromLink?.query ?? options.initialQuery ?? examples[0]!.query, onRun: () => void run() });
  paramsBox.value = fromLink?.params ?? (fromLink ? '{}' : JSON.stringify(examples[0]!.params ?? {}));

  function setQuery(query: string, params = '{}') {
    editor.setText(query);
    paramsBox.value = params;
    editor.view.focus();
  }

  function showError(message: string | undefined) {
    errorBox.hidden = !message;
    errorBox.textContent = message ?? '';
  }

  function render() {
    part('table').hidden = view !== 'table';
    part('graph').hidden = view !== 'graph';
    for (const tab of root.querySelectorAll<HTMLButtonElement>('[data-view]')) tab.setAttribute('aria-selected', String(tab.dataset['view'] === view));
    if (!last) return;
    if (view === 'table') renderTable(part('table'), last);
    else renderGraph(part('graph'), last);
  }

  function renderHistory(list: HistoryEntry[]) {
    part('history').replaceChildren(...list.map((e) => {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'cc-link', textContent: e.query.replace(/\s+/g, ' ').slice(0, 90), title: `${e.at}\n${e.query}` });
      b.addEventListener('click', () => setQuery(e.query, e.params));
      const li = document.createElement('li');
      li.append(b);
      return li;
    }));
  }

  async function run() {
    const query = editor.getText().trim();
    if (!query) return showError('Write a query first.');
    let params: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(paramsBox.value.trim() || '{}');
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('they must be a JSON object, e.g. {"city": "ru-kaluga"}');
      params = parsed as Record<string, unknown>;
    } catch (err) {
      return showError(`Parameters are not valid JSON: ${(err as Error).message}`);
    }
    if (usePermalink) history.replaceState(null, '', permalinkHash({ query, params: paramsBox.value }));
    inFlight?.abort();
    const controller = (inFlight = new AbortController());
    status.textContent = 'Running…';
    showError(undefined);
    try {
      last = await runCypher(apiBase, query, params, controller.signal);
      const s = last.summary;
      status.textContent = `${s.rows} row${s.rows === 1 ? '' : 's'}${s.truncated ? ' (truncated)' : ''} · ${s.ms} ms`;
      renderHistory(addToHistory(storage, { query, params: paramsBox.value, at: new Date().toISOString() }));
      for (const b of ['csv', 'json']) part<HTMLButtonElement>(b).disabled = false;
      render();
    } catch (err) {
      if (controller.signal.aborted) return;
      status.textContent = '';
      showError(err instanceof ConsoleApiError ? `${err.message} (${err.code})` : `The console could not reach the API: ${(err as Error).message}`);
    }
  }

  part('run').addEventListener('click', () => void run());
  paramsBox.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) (e.preventDefault(), void run());
  });
  part('permalink').addEventListener('click', () => {
    const url = new URL(location.href);
    url.hash = permalinkHash({ query: editor.getText(), params: paramsBox.value });
    if (usePermalink) history.replaceState(null, '', url.hash);
    void navigator.clipboard?.writeText(url.toString()).catch(() => {});
    status.textContent = 'Permalink copied to the clipboard and put in the address bar';
  });
  part('csv').addEventListener('click', () => last && download('cypher-result.csv', toCsv(last), 'text/csv;charset=utf-8'));
  part('json').addEventListener('click', () => last && download('cypher-result.json', JSON.stringify(last, null, 2), 'application/json'));
  for (const tab of root.querySelectorAll<HTMLButtonElement>('[data-view]')) {
    tab.addEventListener('click', () => ((view = tab.dataset['view'] as 'table' | 'graph'), render()));
  }
  part('examples').replaceChildren(...examples.map((ex) => {
    const b = Object.assign(document.createElement('button'), { type: 'button', className: 'cc-link', textContent: ex.title });
    b.addEventListener('click', () => setQuery(ex.query, JSON.stringify(ex.params ?? {})));
    const li = document.createElement('li');
    li.append(b);
    return li;
  }));
  renderHistory(readHistory(storage));
  fetchSchema(apiBase)
    .then((schema) => {
      editor.setSchema(schema);
      renderSchema(part('schema'), schema, (q) => setQuery(q));
      // Results may hold any part of the graph, so the page credits every licensed source it has.
      part('attribution').textContent = schema.attribution.length ? `Data: ${schema.attribution.join(' · ')}` : '';
    })
    .catch((err) => void (part('schema').textContent = `Schema unavailable: ${(err as Error).message}`));

  return { run, setQuery, destroy: () => (inFlight?.abort(), editor.view.destroy(), root.remove()) };
}
