// The stand-alone page of the "Embed" dialog (until the explorer wires openEmbedDialog into its toolbar):
// the view is read from the page's query with the API's parameter names.
import { openEmbedDialog } from './embed-dialog.ts';
import type { EmbedView } from '../../core/embed/view.ts';
import { agreementKinds } from '../../core/schemas/common.schema.ts';

function viewFromQuery(q: URLSearchParams): Partial<EmbedView> {
  const num = (k: string) => (q.has(k) ? Number(q.get(k)) : undefined);
  const list = (k: string) => q.get(k)?.split(',').filter(Boolean);
  const v: Partial<EmbedView> = {
    focus: q.get('focus') ?? undefined,
    country: list('country'),
    kind: q.has('kind') ? agreementKinds(list('kind') ?? []) : undefined,
    from: num('from'),
    to: num('to'),
  };
  if (q.has('depth')) v.depth = num('depth');
  if (q.get('lang') === 'en') v.lang = 'en';
  if (q.get('layout') === 'map') v.layout = 'map';
  if (q.get('undated') === 'exclude') v.undated = 'exclude';
  return v;
}

document
  .getElementById('open-embed')!
  .addEventListener('click', () => void openEmbedDialog({ view: viewFromQuery(new URLSearchParams(location.search)) }));
