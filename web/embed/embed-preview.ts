// The Embed dialog's live preview: the embed itself in an iframe at a desktop or a phone column's width (a
// toggle, which loads it again at that width, as a reader's browser would), sized by the height the embed reports — the same message and checks as the loader (embed.js), so the
// preview also shows the frame growing and shrinking as a host page's would.
import { DEFAULT_EMBED_HEIGHT } from '../../core/embed/snippet.ts';
import { readHeightMessage } from './height-message.ts';

/** The widths previewed: an article's column on a desktop, and a phone's. */
export const PREVIEW_WIDTHS = { desktop: 640, phone: 360 } as const;
export type PreviewWidth = keyof typeof PREVIEW_WIDTHS;

export interface Preview {
  el: HTMLElement;
  /** Shows the embed at `url` (reloaded only when it changed). */
  show(url: string): void;
  dispose(): void;
}

export function createPreview(words: { preview: string; desktop: string; phone: string }, origin: string): Preview {
  const el = document.createElement('section');
  el.className = 'embed-preview';
  el.innerHTML = `<h3>${words.preview}</h3>
    <div class="preview-widths" role="group" aria-label="${words.preview}">
      <button type="button" data-width="desktop" aria-pressed="true">${words.desktop} · ${PREVIEW_WIDTHS.desktop} px</button>
      <button type="button" data-width="phone" aria-pressed="false">${words.phone} · ${PREVIEW_WIDTHS.phone} px</button>
    </div>
    <div class="preview-stage"><iframe class="preview-frame" title="${words.preview}" style="width:${PREVIEW_WIDTHS.desktop}px;height:${DEFAULT_EMBED_HEIGHT}px;border:0"></iframe></div>`;
  const frame = el.querySelector<HTMLIFrameElement>('iframe')!;
  el.querySelectorAll<HTMLButtonElement>('[data-width]').forEach((b) =>
    b.addEventListener('click', () => {
      const w = b.dataset.width as PreviewWidth;
      frame.style.width = `${PREVIEW_WIDTHS[w]}px`;
      el.dataset.width = w;
      // Loaded again at the new width: the embed sizes its labels for the width it first draws at.
      const src = frame.getAttribute('src');
      if (src) frame.setAttribute('src', src);
      el.querySelectorAll('[data-width]').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
    }),
  );
  // On a phone the dialog starts with the phone's preview (the desktop's would only scroll sideways).
  if (matchMedia(`(max-width: ${PREVIEW_WIDTHS.desktop + 60}px)`).matches) {
    frame.style.width = `${PREVIEW_WIDTHS.phone}px`;
    el.querySelectorAll('[data-width]').forEach((x) =>
      x.setAttribute('aria-pressed', String(x.getAttribute('data-width') === 'phone')),
    );
    el.dataset.width = 'phone';
  } else el.dataset.width = 'desktop';
  const onMessage = (e: MessageEvent) => {
    if (e.origin !== origin || e.source !== frame.contentWindow) return;
    const h = readHeightMessage(e.data);
    if (h !== undefined) frame.style.height = `${h}px`;
  };
  window.addEventListener('message', onMessage);
  return {
    el,
    show(url) {
      if (frame.getAttribute('src') !== url) frame.setAttribute('src', url);
    },
    dispose: () => window.removeEventListener('message', onMessage),
  };
}
