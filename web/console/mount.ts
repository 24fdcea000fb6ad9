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
import { consoleWords, type ConsoleLang } from './words.ts';
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
  /** The interface language (default English); the explorer passes its own. */
  lang?: ConsoleLang;
  /** 'dark' inside the explorer (its look); default light. */
  theme?: 'light' | 'dark';
}

export interface ConsoleHandle {
  /** Runs the query in the editor. */
  run(): Promise<void>;
  /** Puts a query (and parameters as JSON text) into the editor without running it. */
  setQuery(query: string, params?: string): void;
  /** The query and parameters in the editor (kept when the explorer remounts the console in another language). */
  current(): { query: string; params: string };
  destroy(): void;
}

export function mountConsole(container: HTMLElement, options: ConsoleOptions = {}): ConsoleHandle {
  const apiBase = options.apiBase ?? '/api';
  const storage = options.storage ?? globalThis.localStorage;
  const usePermalink = options.permalink ?? true;
  const w = consoleWords[options.lang ?? 'en'];
  const { root, part } = buildConsole(w, options.theme === 'dark');
  container.append(root);
  const paramsBox = part<HTMLTextAreaElement>('params');
  const status = part('status');
  const errorBox = part('error');
  const result = createResultView(root, part, w);
  let inFlight: AbortController | undefined;

  const fromLink = usePermalink ? readPermalink(location.hash) : undefined;
  const editor = createEditor(part('editor'), {
    text: fromLink?.query ?? options.initialQuery ?? examples[0]!.query,
    onRun: () => void run(),
    dark: options.theme === 'dark',
    label: w.query,
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
    if (!message) editor.markError(undefined);
  }

  /** A failed query leaves nothing of the previous one: no table, no graph, no CSV or JSON to download. */
  function clearResult() {
    result.clear();
    for (const b of ['csv', 'json']) part<HTMLButtonElement>(b).disabled = true;
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
    if (!query) return (clearResult(), showError(w.writeFirst));
    const parsed = parseParams(paramsBox.value);
    if ('error' in parsed) return (clearResult(), showError(parsed.error));
    if (usePermalink) history.replaceState(null, '', permalinkHash({ query, params: paramsBox.value }));
    inFlight?.abort();
    const controller = (inFlight = new AbortController());
    status.textContent = w.running;
    showError(undefined);
    try {
      const last = await runCypher(apiBase, query, parsed.params, controller.signal);
      const s = last.summary;
      status.textContent = `${w.rows(s.rows)}${s.truncated ? ` (${w.truncated})` : ''} · ${s.ms} ms`;
      renderHistory(addToHistory(storage, { query, params: paramsBox.value, at: new Date().toISOString() }));
      for (const b of ['csv', 'json']) part<HTMLButtonElement>(b).disabled = false;
      result.show(last);
    } catch (err) {
      if (controller.signal.aborted) return;
      status.textContent = '';
      clearResult();
      const at = err instanceof ConsoleApiError ? errorPosition(err.details) : undefined;
      showError(
        err instanceof ConsoleApiError
          ? `${at ? `${w.atLine(at.line, at.column)}: ` : ''}${err.message} (${err.code})`
          : `${w.unreachable} ${(err as Error).message}`,
      );
      editor.markError(at, err instanceof ConsoleApiError ? err.message : undefined);
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
    status.textContent = w.copied;
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
    examples.map((ex) => ({
      text: ex.title[options.lang ?? 'en'],
      onClick: () => setQuery(ex.query, JSON.stringify(ex.params ?? {})),
    })),
  );
  renderHistory(readHistory(storage));
  fetchSchema(apiBase)
    .then((schema) => {
      editor.setSchema(schema);
      renderSchema(part('schema'), schema, (q) => setQuery(q));
      // Results may hold any part of the graph, so the page credits every licensed source it has.
      part('attribution').textContent = schema.attribution.length ? `${w.data}: ${schema.attribution.join(' · ')}` : '';
    })
    .catch((err) => void (part('schema').textContent = `${w.schemaUnavailable} ${(err as Error).message}`));

  return {
    run,
    setQuery,
    current: () => ({ query: editor.getText(), params: paramsBox.value }),
    destroy: () => (inFlight?.abort(), editor.view.destroy(), root.remove()),
  };
}

/** Where the server says a syntax or planning error is (details.position, in the user's text), if it says. */
function errorPosition(details: unknown): { line: number; column: number; offset: number } | undefined {
  const p = (details as { position?: { line?: unknown; column?: unknown; offset?: unknown } } | undefined)?.position;
  return p && typeof p.line === 'number' && typeof p.column === 'number' && typeof p.offset === 'number'
    ? { line: p.line, column: p.column, offset: p.offset }
    : undefined;
}
