// Query history in localStorage: newest first, de-duplicated, bounded; a broken or full store never breaks the console.
export interface HistoryEntry {
  query: string;
  params: string;
  at: string;
}

const key = 'pobratim.console.history';
const max = 50;

export function readHistory(storage: Storage | undefined): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter((e): e is HistoryEntry => typeof e?.query === 'string' && typeof e?.params === 'string')
      : [];
  } catch {
    return [];
  }
}

export function addToHistory(storage: Storage | undefined, entry: HistoryEntry): HistoryEntry[] {
  const list = [
    entry,
    ...readHistory(storage).filter((e) => e.query !== entry.query || e.params !== entry.params),
  ].slice(0, max);
  try {
    storage?.setItem(key, JSON.stringify(list));
  } catch {
    /* a full or disabled store only loses history */
  }
  return list;
}
