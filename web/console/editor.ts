// The query editor: CodeMirror 6 with the Cypher mode of @codemirror/legacy-modes (highlighting) and completion of
// labels (after ":"), relationship types, property keys (after ".") and keywords from the schema endpoint.
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { defaultHighlightStyle, StreamLanguage, syntaxHighlighting, bracketMatching } from '@codemirror/language';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import type { CypherSchemaInfo } from '../../core/schemas/cypher-console.schema.ts';

const keywords = [
  'MATCH',
  'OPTIONAL MATCH',
  'WHERE',
  'RETURN',
  'WITH',
  'ORDER BY',
  'LIMIT',
  'SKIP',
  'UNWIND',
  'DISTINCT',
  'COUNT',
  'collect',
  'shortestPath',
  'allShortestPaths',
  'EXISTS',
  'CALL',
  'YIELD',
  'UNION',
  'AS',
  'AND',
  'OR',
  'NOT',
  'IN',
  'IS NULL',
  'IS NOT NULL',
  'STARTS WITH',
  'CONTAINS',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
];

export interface QueryEditor {
  view: EditorView;
  getText(): string;
  setText(text: string): void;
  setSchema(schema: CypherSchemaInfo): void;
  /** Marks the error at this place of the text (the word there, in red, with a gutter mark); undefined clears it. */
  markError(at: { offset: number } | undefined, message?: string): void;
}

/** Readable on the explorer's dark sheet (CodeMirror's default colours are for a light page). */
const darkHighlight = HighlightStyle.define([
  { tag: tags.keyword, color: '#c5a5ff' },
  { tag: [tags.string, tags.special(tags.string)], color: '#b5e08a' },
  { tag: tags.number, color: '#f7a072' },
  { tag: tags.comment, color: '#8a9bb0', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.className], color: '#82c4ff' },
  { tag: [tags.propertyName, tags.attributeName], color: '#8fe3f0' },
  { tag: [tags.variableName, tags.name], color: '#eef2f7' },
  { tag: tags.operator, color: '#d7dee8' },
]);
const darkTheme = EditorView.theme(
  {
    '&': { color: '#eef2f7', backgroundColor: '#0f1620' },
    '.cm-content': { caretColor: '#f0e442' },
    '.cm-gutters': { backgroundColor: '#16202d', color: '#9fb0c6', border: 'none' },
    '.cm-activeLine': { backgroundColor: '#16202d' },
  },
  { dark: true },
);

export function createEditor(
  parent: HTMLElement,
  opts: { text: string; onRun: () => void; dark?: boolean; label?: string },
): QueryEditor {
  let schema: CypherSchemaInfo = { labels: [], relationshipTypes: [], propertyKeys: [], attribution: [] };
  const complete = (ctx: CompletionContext): CompletionResult | null => {
    const word = ctx.matchBefore(/[:.]?[\p{L}\p{N}_]*/u);
    if (!word || (word.from === word.to && !ctx.explicit)) return null;
    const sigil = word.text[0];
    if (sigil === ':') {
      const names = [
        ...schema.labels.map((l) => ({ label: l.name, type: 'class', detail: `label · ${l.count}` })),
        ...schema.relationshipTypes.map((t) => ({ label: t.name, type: 'type', detail: `relationship · ${t.count}` })),
      ];
      return { from: word.from + 1, options: names, validFor: /^[\p{L}\p{N}_]*$/u };
    }
    if (sigil === '.')
      return {
        from: word.from + 1,
        options: schema.propertyKeys.map((k) => ({ label: k.name, type: 'property', detail: String(k.count) })),
        validFor: /^[\p{L}\p{N}_]*$/u,
      };
    return {
      from: word.from,
      options: keywords.map((k) => ({ label: k, type: 'keyword' })),
      validFor: /^[\p{L}\p{N}_]*$/u,
    };
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: opts.text,
      extensions: [
        lineNumbers(),
        history(),
        bracketMatching(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(opts.dark ? darkHighlight : defaultHighlightStyle),
        ...(opts.dark ? [darkTheme] : []),
        lintGutter(),
        autocompletion({ override: [complete] }),
        placeholder('MATCH (c:City) RETURN c.nameEn LIMIT 10'),
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (opts.onRun(), true) }])),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': opts.label ?? 'Cypher query' }),
      ],
    }),
  });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    setSchema: (s) => void (schema = s),
    markError: (at, message = '') => {
      const doc = view.state.doc;
      if (!at) return view.dispatch(setDiagnostics(view.state, []));
      const from = Math.max(0, Math.min(at.offset, doc.length));
      // The word at the place, else one character (or the last one, at the end of the text).
      const word = /^[\p{L}\p{N}_$]+/u.exec(doc.sliceString(from, Math.min(doc.length, from + 80)));
      const start = from === doc.length ? Math.max(0, from - 1) : from;
      const to = word ? from + word[0].length : Math.min(doc.length, start + 1);
      view.dispatch(setDiagnostics(view.state, [{ from: start, to, severity: 'error', message }]));
    },
  };
}
