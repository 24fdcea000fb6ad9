// The commands behind the controls' buttons: exploring from the selected city, picking a path, exports and the
// embed dialog. Each reads the state and dispatches actions; the graph questions go to the model.
import type { GraphModel } from '../model/graph-model.ts';
import { neighbourIds } from '../model/neighbours.ts';
import { FRAME_FONT, frameSvg, layoutFrame } from '../render/export-frame.ts';
import { sceneToSvg } from '../render/svg-export.ts';
import type { Scene } from '../render/scene.ts';
import type { Store } from '../state/store.ts';
import type { DataFormat } from '../views/controls.ts';
import { download } from '../views/download.ts';
import type { NetworkView } from '../views/network-view.ts';
import { openEmbedDialog } from '../../embed/embed-dialog.ts';
import { dataParams } from '../../../core/embed/view.ts';
import { embedViewOf, fullEmbedViewOf } from '../../../core/view/embed-view.ts';
import type { Selectors } from './selectors.ts';
import { pathResult } from '../state/panel-state.ts';
import { pictureFileStem, pictureText } from './picture-export.ts';

let measurer: CanvasRenderingContext2D | null = null;
/** Text widths as the canvas will draw them (the SVG uses the same layout). */
function measureText(text: string, size: number, bold: boolean): number {
  measurer ??= document.createElement('canvas').getContext('2d')!;
  measurer.font = `${bold ? 'bold ' : ''}${size}px ${FRAME_FONT}`;
  return measurer.measureText(text).width;
}

export interface CommandDeps {
  store: Store;
  view: NetworkView;
  selectors: Selectors;
  model(): GraphModel | null;
  scene(): Scene | null;
}

export function createCommands({ store, view, selectors, model, scene }: CommandDeps) {
  const selectedId = () => store.state.selected;
  /** The PNG's and the SVG's frame: title, counts, legend and credits, laid out for the canvas's width. */
  const frame = () => {
    const m = model();
    if (!m) return null;
    const text = pictureText(store.state, m, selectors.visible(m, store.state, pathResult(store.panel)));
    return layoutFrame(text, view.canvas.clientWidth, measureText);
  };
  return {
    expand: () => {
      const id = selectedId();
      if (!id) return;
      if (!store.state.focus) store.dispatch({ type: 'focus', id });
      else store.dispatch({ type: 'expand', id });
    },
    collapse: () => selectedId() && store.dispatch({ type: 'collapse', id: selectedId()! }),
    dismiss: () => selectedId() && store.dispatch({ type: 'dismiss', id: selectedId()! }),
    dismissOthers: () => {
      const id = selectedId();
      const m = model();
      if (!id || !m) return;
      if (!store.state.focus) store.dispatch({ type: 'focus', id });
      const keepNear = neighbourIds(m, id);
      const shown = selectors.visible(m, store.state, pathResult(store.panel)).nodes.map((i) => m.nodes[i]!.id);
      store.dispatch({ type: 'dismissOthers', keep: id, visible: shown.filter((v) => !keepNear.has(v)) });
    },
    pathFrom: () => store.dispatch({ type: 'pathStart', id: selectedId() }),
    pathTo: () => {
      const from = store.panel.pathStart;
      const to = selectedId();
      if (from && to && from !== to) store.dispatch({ type: 'path', path: [from, to] });
    },
    exportPng: () => {
      const f = frame();
      if (!f) return;
      view.exportCanvas(f).toBlob((b) => b && download(b, `${pictureFileStem(store.state)}.png`));
    },
    embed: () => void openEmbedDialog({ view: embedViewOf(store.state) }),
    dataHref: (format: DataFormat) => {
      const p = dataParams(fullEmbedViewOf(store.state)); // the API's own default link cap
      p.set('format', format);
      if (format === 'gexf') p.set('lang', store.state.lang); // Gephi's labels in the reader's language
      return `/api/export?${p}`;
    },
    exportSvg: () => {
      const s = scene(),
        f = frame();
      if (!s || !f) return;
      const v = view.drawView(view.transform, view.canvas.clientWidth, view.canvas.clientHeight, true);
      // The credits go in the frame's band below, with the legend (not over the picture's corner).
      const svg = frameSvg(f, sceneToSvg(s, view.positions, v), v.height, v.background);
      download(new Blob([svg], { type: 'image/svg+xml' }), `${pictureFileStem(store.state)}.svg`);
    },
  };
}

export type Commands = ReturnType<typeof createCommands>;
