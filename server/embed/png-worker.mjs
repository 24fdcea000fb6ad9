// The snapshot renderers' worker thread (png.ts runs it under piscina): an SVG in, PNG bytes out. Plain
// JavaScript on purpose — the thread then needs no TypeScript loader (tsx and its esbuild per thread), only
// resvg. resvg draws text only with fonts it is given: DejaVu Sans (Debian's fonts-dejavu-core, installed by
// .ci/run) covers Cyrillic; without it, system fonts are tried.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

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
  return resvg.render().asPng();
}
