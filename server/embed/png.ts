// Rasterises a snapshot SVG with resvg (a prebuilt binary inside its npm package, no browser needed). resvg
// draws text only with fonts it is given: DejaVu Sans (Debian's fonts-dejavu-core, installed by .ci/run)
// covers Cyrillic; without it, system fonts are tried.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const DEJAVU = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'];
const fontFiles = (process.env.SNAPSHOT_FONT_FILES?.split(',') ?? DEJAVU).filter((f) => existsSync(f));

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
