// Commit numbers out of Neo4j 5 bookmarks, so that commits which change no graph data (pinned stories are
// content, not facts) can be told apart from those that do. A bookmark is "FB:" + base64 of PackStream: a list
// with the database's 16-byte id and the number of its last committed transaction, then an empty list. That is
// Neo4j's internal format, so it is read defensively: anything else gives undefined and callers fall back to
// treating the bookmark as an opaque marker (every commit then counts as a change, as before).

export interface Commit {
  database: string;
  tx: bigint;
}

export function commitOf(bookmark: string): Commit | undefined {
  if (!bookmark.startsWith('FB:')) return undefined;
  const b = Buffer.from(bookmark.slice(3), 'base64');
  // 0x91: a list of one graph state; 0xCC 0x10: 16 bytes (the database id); then an integer; 0x90: an empty list.
  if (b.length < 21 || b[0] !== 0x91 || b[1] !== 0xcc || b[2] !== 0x10 || b[b.length - 1] !== 0x90) return undefined;
  const at = 19;
  const marker = b[at]!;
  let tx: bigint;
  let size: number;
  if (marker <= 0x7f) {
    tx = BigInt(marker);
    size = 1;
  } else if (marker === 0xc8) {
    tx = BigInt(b.readInt8(at + 1));
    size = 2;
  } else if (marker === 0xc9) {
    tx = BigInt(b.readInt16BE(at + 1));
    size = 3;
  } else if (marker === 0xca) {
    tx = BigInt(b.readInt32BE(at + 1));
    size = 5;
  } else if (marker === 0xcb) {
    tx = b.readBigInt64BE(at + 1);
    size = 9;
  } else return undefined;
  if (at + size !== b.length - 1) return undefined;
  return { database: b.subarray(3, 19).toString('hex'), tx };
}
