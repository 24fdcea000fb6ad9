// The one escaper for HTML and SVG (XML) text and attribute values, on the server and in the browser alike.

/** Escapes `& < > " '` so that `s` is safe as element text or inside a quoted attribute. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
