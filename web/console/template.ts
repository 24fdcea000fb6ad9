// The console's markup: side panel (examples, schema, history) and main column (editor, parameters, actions,
// error, result tabs, attribution). Parts are found by `data-role`.
export const template = `
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

/** Builds the console's element; `part(role)` finds a part of it. */
export function buildConsole(): { root: HTMLElement; part: <T extends HTMLElement>(role: string) => T } {
  const root = document.createElement('div');
  root.className = 'cc';
  root.innerHTML = template;
  return { root, part: <T extends HTMLElement>(role: string) => root.querySelector<T>(`[data-role="${role}"]`)! };
}
