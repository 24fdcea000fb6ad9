// The one message an embed sends to its host page: its height. The loader (web/public/embed.js) accepts it
// only from this site's origin, from one of the iframes it manages, and only in this shape.
export const HEIGHT_MESSAGE = 'pobratim:height';
export const HEIGHT_LIMITS = { min: 120, max: 4000 } as const;

export function readHeightMessage(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  return Math.min(HEIGHT_LIMITS.max, Math.max(HEIGHT_LIMITS.min, Math.round(height)));
}
