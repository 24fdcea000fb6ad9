// The schema panel: labels, relationship types and property keys with counts; a click puts a starter query in the editor.
import type { CypherSchemaInfo } from '../../core/schemas/cypher-console.schema.ts';

export function renderSchema(container: HTMLElement, schema: CypherSchemaInfo, pick: (query: string) => void): void {
  const section = (title: string, items: { name: string; count: number }[], query: (name: string) => string) => {
    const h = Object.assign(document.createElement('h2'), { textContent: title });
    const ul = document.createElement('ul');
    for (const { name, count } of items) {
      const b = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'cc-chip',
        textContent: `${name} `,
      });
      b.append(Object.assign(document.createElement('small'), { textContent: String(count) }));
      b.addEventListener('click', () => pick(query(name)));
      const li = document.createElement('li');
      li.append(b);
      ul.append(li);
    }
    return [h, ul];
  };
  container.replaceChildren(
    ...section('Labels', schema.labels, (l) => `MATCH (n:\`${l}\`) RETURN n LIMIT 25`),
    ...section('Relationship types', schema.relationshipTypes, (t) => `MATCH p = ()-[:\`${t}\`]->() RETURN p LIMIT 25`),
    ...section(
      'Property keys',
      schema.propertyKeys,
      (k) => `MATCH (n) WHERE n.\`${k}\` IS NOT NULL RETURN labels(n) AS labels, n.\`${k}\` AS \`${k}\` LIMIT 25`,
    ),
  );
}
