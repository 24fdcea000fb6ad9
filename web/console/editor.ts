// The query editor: CodeMirror 6 with the Cypher mode of @codemirror/legacy-modes (highlighting) and completion of
// labels (after ":"), relationship types, property keys (after ".") and keywords from the schema endpoint.
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { defaultHighlightStyle, StreamLanguage, syntaxHighlighting, bracketMatching } from '@codemirror/language';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
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
}

export function createEditor(parent: HTMLElement, opts: { text: string; onRun: () => void }): QueryEditor {
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
        syntaxHighlighting(defaultHighlightStyle),
        autocompletion({ override: [complete] }),
        placeholder('MATCH (c:City) RETURN c.nameEn LIMIT 10'),
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (opts.onRun(), true) }])),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'Cypher query' }),
      ],
    }),
  });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    setSchema: (s) => void (schema = s),
  };
}
