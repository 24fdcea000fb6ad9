// The console's markup: side panel (examples, schema, history) and main column (editor, parameters, actions,
// error, result tabs, attribution). Parts are found by `data-role`.
import type { ConsoleWords } from './words.ts';

export const template = (w: ConsoleWords) => `
<aside class="cc-side">
  <details open><summary>${w.examples}</summary><ul class="cc-examples" data-role="examples"></ul></details>
  <details open><summary>${w.schema}</summary><div class="cc-schema" data-role="schema">${w.loading}</div></details>
  <details><summary>${w.history}</summary><ul class="cc-history" data-role="history"></ul></details>
</aside>
<section class="cc-main">
  <div class="cc-editor" data-role="editor"></div>
  <label class="cc-params-label">${w.params}<textarea class="cc-params" data-role="params" spellcheck="false" rows="2">{}</textarea></label>
  <div class="cc-actions">
    <button type="button" data-role="run" class="cc-primary">${w.run} <kbd>Ctrl+Enter</kbd></button>
    <button type="button" data-role="permalink">${w.permalink}</button>
    <button type="button" data-role="csv" disabled>CSV</button>
    <button type="button" data-role="json" disabled>JSON</button>
    <span class="cc-status" data-role="status" role="status"></span>
  </div>
  <div class="cc-error" data-role="error" role="alert" hidden></div>
  <div class="cc-tabs" role="tablist">
    <button type="button" role="tab" data-view="table" aria-selected="true">${w.table}</button>
    <button type="button" role="tab" data-view="graph" aria-selected="false">${w.graph}</button>
  </div>
  <div class="cc-result" data-role="table"></div>
  <div class="cc-result" data-role="graph" hidden></div>
  <footer class="cc-attribution" data-role="attribution"></footer>
</section>`;

/** Builds the console's element; `part(role)` finds a part of it. */
export function buildConsole(
  w: ConsoleWords,
  dark = false,
): { root: HTMLElement; part: <T extends HTMLElement>(role: string) => T } {
  const root = document.createElement('div');
  root.className = dark ? 'cc cc-dark' : 'cc';
  root.innerHTML = template(w);
  return { root, part: <T extends HTMLElement>(role: string) => root.querySelector<T>(`[data-role="${role}"]`)! };
}
