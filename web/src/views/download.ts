// Saves a blob as a file through a temporary link (the exports: PNG, SVG).
import { h } from './dom.ts';

export function download(blob: Blob, name: string): void {
  const a = h('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
