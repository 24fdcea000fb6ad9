// The explorer's "Embed" dialog, self-contained so the explorer only calls openEmbedDialog(viewState): the
// journalist's own title, subtitle and note, options for height, controls, language and a pinned story state,
// a live preview at desktop and phone widths, and the two snippets to copy.
import { GraphSchema, type Graph } from '../../core/schemas/graph.schema.ts';
import { EMBED_TEXT_MAX } from '../../core/schemas/embed.schema.ts';
import { describeView } from '../../core/embed/describe.ts';
import { nameOf } from '../../core/i18n/names.ts';
import { viewTitle } from '../../core/view/view-title.ts';
import { esc } from '../../core/text/escape-markup.ts';
import { createPreview } from './embed-preview.ts';
import './embed-dialog.css';
import { DEFAULT_EMBED_HEIGHT, embedSnippet } from '../../core/embed/snippet.ts';
import { EMBED_DEFAULTS, dataParams, type EmbedView } from '../../core/embed/view.ts';

export interface EmbedViewState {
  view: Partial<EmbedView>;
  graph?: Graph;
  origin?: string;
}

const TEXT = {
  ru: {
    heading: 'Встроить граф',
    title: 'Заголовок',
    subtitle: 'Подзаголовок',
    note: 'Примечание',
    optional: 'необязательно',
    preview: 'Как это будет выглядеть',
    desktop: 'Компьютер',
    phone: 'Телефон',
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
    title: 'Title',
    subtitle: 'Subtitle',
    note: 'Note',
    optional: 'optional',
    preview: 'Preview',
    desktop: 'Desktop',
    phone: 'Phone',
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
  const focus = view.focus ? graph.nodes.find((n) => n.id === view.focus) : undefined;
  const dialog = document.createElement('dialog');
  dialog.className = 'embed-dialog';
  const text = (name: 'title' | 'subtitle' | 'note', placeholder: string) =>
    `<label>${t[name]} <input name="${name}" type="text" maxlength="${EMBED_TEXT_MAX[name]}" placeholder="${esc(placeholder)}"></label>`;
  dialog.innerHTML = `<h2>${t.heading}</h2>
    <div class="embed-dialog-body"><div class="embed-options">
    ${text('title', viewTitle(view, view.lang, focus && nameOf(focus, view.lang)))}
    ${text('subtitle', t.optional)}
    ${text('note', t.optional)}
    <label>${t.height} <input name="height" type="number" min="120" max="4000" value="${DEFAULT_EMBED_HEIGHT}"></label>
    <label><input name="controls" type="checkbox" checked> ${t.controls}</label>
    <label>${t.lang} <select name="lang"><option value="ru">Русский</option><option value="en">English</option></select></label>
    <label><input name="pin" type="checkbox"> ${t.pin}</label>
    <label>${t.responsive}<textarea name="responsive" readonly rows="4"></textarea></label><button type="button" data-copy="responsive">${t.copy}</button>
    <label>${t.plain}<textarea name="plain" readonly rows="3"></textarea></label><button type="button" data-copy="plain">${t.copy}</button>
    <p class="copy-status" role="status"></p>
    </div></div>
    <form method="dialog"><button>${t.close}</button></form>`;
  const preview = createPreview(t, origin);
  dialog.querySelector('.embed-dialog-body')!.append(preview.el);
  const field = <T extends HTMLElement>(name: string) => dialog.querySelector<T>(`[name="${name}"]`)!;
  const status = dialog.querySelector<HTMLElement>('.copy-status')!;
  field<HTMLSelectElement>('lang').value = view.lang;
  /** One line of plain text, or nothing: what the embed's schema accepts (it refuses the rest with a 400). */
  const own = (name: string) => {
    const v = field<HTMLInputElement>(name)
      .value.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return v || undefined;
  };
  // The preview follows the typing a moment later (each change reloads the embed).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const showPreview = (url: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => preview.show(url), 300);
  };
  let story: string | undefined;
  const update = async () => {
    const pin = field<HTMLInputElement>('pin').checked;
    if (pin && !story) story = await pinStory(origin, view);
    view = {
      ...view,
      lang: field<HTMLSelectElement>('lang').value as EmbedView['lang'],
      controls: field<HTMLInputElement>('controls').checked ? '1' : '0',
      story: pin ? story : undefined,
      title: own('title'),
      subtitle: own('subtitle'),
      note: own('note'),
    };
    const s = embedSnippet({
      origin,
      view,
      height: Number(field<HTMLInputElement>('height').value) || DEFAULT_EMBED_HEIGHT,
      title: describeView(graph, view.focus, view.lang),
    });
    field<HTMLTextAreaElement>('responsive').value = s.responsive;
    field<HTMLTextAreaElement>('plain').value = s.plain;
    showPreview(s.url);
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
  dialog.addEventListener('close', () => {
    clearTimeout(timer);
    preview.dispose();
    dialog.remove();
  });
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
