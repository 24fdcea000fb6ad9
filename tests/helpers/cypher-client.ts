// POST /api/cypher for tests: the status and the parsed body.
export async function postCypher(
  baseUrl: string,
  query: string,
  params: Record<string, unknown> = {},
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${baseUrl}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
  return { status: res.status, body: await res.json() };
}
