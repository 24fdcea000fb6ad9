// The explorer's "Embed" dialog, self-contained so the explorer only calls openEmbedDialog(viewState): options
// for height, controls, language and a pinned story state, and the two snippets to copy.
import { GraphSchema, type Graph } from '../../core/schemas/graph.schema.ts';
import { describeView } from '../../core/embed/describe.ts';
import { embedSnippet } from './snippet.ts';
import { EMBED_DEFAULTS, dataParams, type EmbedView } from '../../core/embed/view.ts';

export interface EmbedViewState {
  view: Partial<EmbedView>;
  graph?: Graph;
  origin?: string;
}

const TEXT = {
  ru: {
    heading: 'Встроить граф',
    height: 'Высота, px',
    controls: 'Кнопки масштаба',
    lang: 'Язык',
    pin: 'Зафиксировать данные на сегодня (история не изменится)',
    responsive: 'Код (адаптивный)',
    plain: 'Простой iframe',
    copy: 'Копировать',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать — выделите код и скопируйте вручную',
    close: 'Закрыть',
  },
  en: {
    heading: 'Embed this graph',
    height: 'Height, px',
    controls: 'Zoom buttons',
    lang: 'Language',
    pin: 'Pin the data as of today (the story will not change)',
    responsive: 'Code (responsive)',
    plain: 'Plain iframe',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy — select the code and copy it by hand',
    close: 'Close',
  },
};

export function fullView(v: Partial<EmbedView>): EmbedView {
  return { ...EMBED_DEFAULTS, ...v } as EmbedView;
}

/** Opens a modal <dialog>; resolves with it (closed by the user). */
export async function openEmbedDialog(state: EmbedViewState): Promise<HTMLDialogElement> {
  const origin = state.origin ?? location.origin;
  let view = fullView(state.view);
  const graph =
    state.graph ?? GraphSchema.parse(await (await fetch(`${origin}/api/graph?${dataParams(view, true)}`)).json());
  const t = TEXT[view.lang];
  const dialog = document.createElement('dialog');
  dialog.className = 'embed-dialog';
  dialog.innerHTML = `<h2>${t.heading}</h2>
    <label>${t.height} <input name="height" type="number" min="120" max="4000" value="520"></label>
    <label><input name="controls" type="checkbox" checked> ${t.controls}</label>
    <label>${t.lang} <select name="lang"><option value="ru">Русский</option><option value="en">English</option></select></label>
    <label><input name="pin" type="checkbox"> ${t.pin}</label>
    <label>${t.responsive}<textarea name="responsive" readonly rows="4"></textarea></label><button type="button" data-copy="responsive">${t.copy}</button>
    <label>${t.plain}<textarea name="plain" readonly rows="3"></textarea></label><button type="button" data-copy="plain">${t.copy}</button>
    <p class="copy-status" role="status"></p>
    <form method="dialog"><button>${t.close}</button></form>`;
  const field = <T extends HTMLElement>(name: string) => dialog.querySelector<T>(`[name="${name}"]`)!;
  const status = dialog.querySelector<HTMLElement>('.copy-status')!;
  field<HTMLSelectElement>('lang').value = view.lang;
  let story: string | undefined;
  const update = async () => {
    const pin = field<HTMLInputElement>('pin').checked;
    if (pin && !story) story = await pinStory(origin, view);
    view = {
      ...view,
      lang: field<HTMLSelectElement>('lang').value as EmbedView['lang'],
      controls: field<HTMLInputElement>('controls').checked ? '1' : '0',
      story: pin ? story : undefined,
    };
    const s = embedSnippet({
      origin,
      view,
      height: Number(field<HTMLInputElement>('height').value) || 520,
      title: describeView(graph, view.focus, view.lang),
    });
    field<HTMLTextAreaElement>('responsive').value = s.responsive;
    field<HTMLTextAreaElement>('plain').value = s.plain;
  };
  // One update at a time, in order: pinning awaits the server, and a later change must not be overwritten.
  let queue = Promise.resolve();
  dialog.addEventListener('input', () => void (queue = queue.then(update, update)));
  dialog.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((b) =>
    b.addEventListener('click', () => {
      // Said on the button and to screen readers (role=status), then the button reads «Копировать» again.
      const said = (text: string) => {
        b.textContent = text;
        status.textContent = text;
        setTimeout(() => (b.textContent = t.copy), 2000);
      };
      const code = field<HTMLTextAreaElement>(b.dataset.copy!).value;
      (navigator.clipboard?.writeText(code) ?? Promise.reject(new Error('no clipboard'))).then(
        () => said(`✓ ${t.copied}`),
        () => said(t.copyFailed),
      );
    }),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  await update();
  dialog.showModal();
  return dialog;
}

/** Freezes the view's data server-side (POST /api/stories); the embed then references the story's hash. */
async function pinStory(origin: string, v: EmbedView): Promise<string> {
  const body = {
    focus: v.focus,
    depth: v.depth,
    country: v.country,
    kind: v.kind,
    from: v.from,
    to: v.to,
    undated: v.undated,
    limit: v.limit,
  };
  const res = await fetch(`${origin}/api/stories`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Pinning failed: HTTP ${res.status}`);
  return ((await res.json()) as { id: string }).id;
}
