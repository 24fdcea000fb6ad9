// The query parameters as typed in the console: a JSON object (empty text: none), or a message saying why not.
export function parseParams(text: string): { params: Record<string, unknown> } | { error: string } {
  try {
    const parsed: unknown = JSON.parse(text.trim() || '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('they must be a JSON object, e.g. {"city": "ru-kaluga"}');
    return { params: parsed as Record<string, unknown> };
  } catch (err) {
    return { error: `Parameters are not valid JSON: ${(err as Error).message}` };
  }
}
