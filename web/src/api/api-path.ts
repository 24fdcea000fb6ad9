// What the API client and the world graph's early request (api/load-graph.ts) share without loading any schema: the
// error they throw and the query strings they build. Kept apart from client.ts so the world graph's request can
// start (shell/world-request.ts) before the page's schemas and the rest of its modules are evaluated.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** `?a=1&b=x` of the defined, non-empty params; '' when there are none. */
export const query = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const str = s.toString();
  return str ? `?${str}` : '';
};
