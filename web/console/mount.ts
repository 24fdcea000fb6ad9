// mountConsole(container, options): the researchers' Cypher console as a self-contained widget. The explorer mounts
// it as a tab; web/console.html mounts it alone. Flow: controls → run() → api → result view / history / status.
import { ConsoleApiError, fetchSchema, runCypher } from './api.ts';
import { createEditor } from './editor.ts';
import { examples } from './examples.ts';
import { download, toCsv } from './export.ts';
import { addToHistory, readHistory, type HistoryEntry } from './history.ts';
import { renderLinkList } from './link-list.ts';
import { parseParams } from './params.ts';
import { permalinkHash, readPermalink } from './permalink.ts';
import { createResultView } from './result-view.ts';
import { renderSchema } from './schema-panel.ts';
import { buildConsole } from './template.ts';
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

export function mountConsole(container: HTMLElement, options: ConsoleOptions = {}): ConsoleHandle {
  const apiBase = options.apiBase ?? '/api';
  const storage = options.storage ?? globalThis.localStorage;
  const usePermalink = options.permalink ?? true;
  const { root, part } = buildConsole();
  container.append(root);
  const paramsBox = part<HTMLTextAreaElement>('params');
  const status = part('status');
  const errorBox = part('error');
  const result = createResultView(root, part);
  let inFlight: AbortController | undefined;

  const fromLink = usePermalink ? readPermalink(location.hash) : undefined;
  const editor = createEditor(part('editor'), {
    text: fromLink?.query ?? options.initialQuery ?? examples[0]!.query,
    onRun: () => void run(),
  });
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

  const renderHistory = (list: HistoryEntry[]) =>
    renderLinkList(
      part('history'),
      list.map((e) => ({
        text: e.query.replace(/\s+/g, ' ').slice(0, 90),
        title: `${e.at}\n${e.query}`,
        onClick: () => setQuery(e.query, e.params),
      })),
    );

  async function run() {
    const query = editor.getText().trim();
    if (!query) return showError('Write a query first.');
    const parsed = parseParams(paramsBox.value);
    if ('error' in parsed) return showError(parsed.error);
    if (usePermalink) history.replaceState(null, '', permalinkHash({ query, params: paramsBox.value }));
    inFlight?.abort();
    const controller = (inFlight = new AbortController());
    status.textContent = 'Running…';
    showError(undefined);
    try {
      const last = await runCypher(apiBase, query, parsed.params, controller.signal);
      const s = last.summary;
      status.textContent = `${s.rows} row${s.rows === 1 ? '' : 's'}${s.truncated ? ' (truncated)' : ''} · ${s.ms} ms`;
      renderHistory(addToHistory(storage, { query, params: paramsBox.value, at: new Date().toISOString() }));
      for (const b of ['csv', 'json']) part<HTMLButtonElement>(b).disabled = false;
      result.show(last);
    } catch (err) {
      if (controller.signal.aborted) return;
      status.textContent = '';
      showError(
        err instanceof ConsoleApiError
          ? `${err.message} (${err.code})`
          : `The console could not reach the API: ${(err as Error).message}`,
      );
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
  part('csv').addEventListener(
    'click',
    () => result.last && download('cypher-result.csv', toCsv(result.last), 'text/csv;charset=utf-8'),
  );
  part('json').addEventListener(
    'click',
    () => result.last && download('cypher-result.json', JSON.stringify(result.last, null, 2), 'application/json'),
  );
  renderLinkList(
    part('examples'),
    examples.map((ex) => ({ text: ex.title, onClick: () => setQuery(ex.query, JSON.stringify(ex.params ?? {})) })),
  );
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
