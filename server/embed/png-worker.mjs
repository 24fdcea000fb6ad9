// The snapshot renderers' worker thread (png.ts runs it under piscina): an SVG in, PNG bytes out. Plain
// JavaScript on purpose — the thread then needs no TypeScript loader (tsx and its esbuild per thread), only
// resvg. resvg draws text only with fonts it is given: DejaVu Sans (Debian's fonts-dejavu-core, installed by
// .ci/run) covers Cyrillic; without it, system fonts are tried.
// Each render's native memory (resvg's font database, tree and pixmap, several MB) is freed only when V8 collects
// its small JS wrappers — which a thread whose JS heap hardly grows almost never does: the server's memory grew
// ~6 MB a snapshot, without bound (the 10-minute soak: +1.1 GB). So the thread collects after every render
// (a few ms on its tiny heap); `tests/unit/png-renderer.test.ts` holds the thread's memory flat over many renders.
import { existsSync } from 'node:fs';
import { setImmediate } from 'node:timers';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Resvg } from '@resvg/resvg-js';

setFlagsFromString('--expose-gc'); // V8 flags cannot be given to one worker thread; this exposes gc to new contexts
/** @type {() => void} */
const collect = runInNewContext('gc');

const DEJAVU = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
];
const fontFiles = (process.env.SNAPSHOT_FONT_FILES?.split(',') ?? DEJAVU).filter((f) => existsSync(f));

/** @param {string} svg @returns {Uint8Array} */
export default function svgToPng(svg) {
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  const png = resvg.render().asPng();
  setImmediate(collect); // after the answer has gone: the wrappers are garbage by then
  return png;
}
