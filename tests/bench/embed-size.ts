// `npm run size:embed`: the embed entry's JavaScript, gzipped (level 9), from the Vite build in dist/web —
// every script and modulepreload that dist/web/embed.html loads — against the 80 kB budget.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 80 * 1024;
const root = resolve(process.argv[2] ?? 'dist/web');
const html = readFileSync(resolve(root, 'embed.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
let raw = 0,
  gz = 0;
for (const f of files) {
  const bytes = readFileSync(resolve(root, f));
  const g = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += g;
  console.log(`${f}  ${(bytes.length / 1024).toFixed(1)} kB raw, ${(g / 1024).toFixed(1)} kB gzipped`);
}
console.log(
  `embed JavaScript: ${(raw / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gzipped; budget 80 kB → ratio ${(gz / BUDGET).toFixed(2)}`,
);
process.exit(gz <= BUDGET ? 0 : 1);
