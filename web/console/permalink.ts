// A permalink for a query: `#cypher=<query>&params=<json>` in the URL hash, so it never reaches server logs.
export interface Permalink {
  query: string;
  params?: string;
}

export function readPermalink(hash: string): Permalink | undefined {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const query = p.get('cypher');
  return query ? { query, params: p.get('params') ?? undefined } : undefined;
}

export function permalinkHash({ query, params }: Permalink): string {
  const p = new URLSearchParams({ cypher: query });
  if (params && params.trim() && params.trim() !== '{}') p.set('params', params);
  return `#${p.toString()}`;
}
