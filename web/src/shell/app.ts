// The explorer shell: composes the store, the API data, the canvas view and the panels, and keeps the URL in
// step with the state. Data flows one way: controls/interaction → actions → store → render (this file's `render`).
import type { z } from 'zod';
import type { Graph } from '../../../server/schemas/graph.schema.ts';
import type { ForumListSchema } from '../../../server/schemas/forum.schema.ts';
import type { Path } from '../../../server/schemas/path.schema.ts';
import { api, ApiError } from '../api/client.ts';
import { loadGraphOffThread } from '../api/load-graph.ts';
import { kindName, tr } from '../i18n/strings.ts';
import { NAV_KEYS, type NavKey, navigate } from '../interaction/keyboard-nav.ts';
import { buildModel, byFrequency, type GraphModel, nodeName } from '../model/graph-model.ts';
import { countryColours, countryName } from '../model/palette.ts';
import { computeVisible, type Visible } from '../model/visibility.ts';
import { forumMarks } from '../model/forum-marks.ts';
import { buildScene, selectionContext, type Scene } from '../render/scene.ts';
import { sceneToSvg } from '../render/svg-export.ts';
import { Store } from '../state/store.ts';
import { queryToState, stateToQuery } from '../state/url-state.ts';
import type { ViewState } from '../state/view-state.ts';
import { createControls, type DataFormat } from '../views/controls.ts';
import { renderCityDetails, sourceLinks } from '../views/details-panel.ts';
import { h } from '../views/dom.ts';
import { renderForums } from '../views/forums-view.ts';
import { renderLegend } from '../views/legend.ts';
import { NetworkView } from '../views/network-view.ts';
import { createSearchBox } from '../views/search-box.ts';
import { filterRows, renderTable, type TableState, type TieRow, tieRows } from '../views/table-view.ts';
import { nextTask } from './next-task.ts';
import { onTabsChanged, registerTab, registeredTabs, type TabContext } from './tabs.ts';
import { openEmbedDialog } from '../../embed/embed-dialog.ts';
import { dataParams } from '../../embed/view.ts';
import { embedViewOf, fullEmbedViewOf } from '../state/embed-view.ts';

type ForumList = z.infer<typeof ForumListSchema>;

export interface Explorer {
  store: Store;
  view: NetworkView;
  model: () => GraphModel | null;
  visible: () => Visible | null;
  scene: () => Scene | null;
}

export function registerBuiltinTabs(): void {
  registerTab({ id: 'network', label: { ru: 'Сеть', en: 'Network' }, canvas: 'network', order: 10 });
  registerTab({ id: 'map', label: { ru: 'Карта', en: 'Map' }, canvas: 'map', order: 20 });
}

export async function startExplorer(root: HTMLElement, loadGraph: () => Promise<Graph> = () => loadGraphOffThread({ limit: 50000 })): Promise<Explorer> {
  registerBuiltinTabs();
  const store = new Store(queryToState(location.search));
  const lang = () => store.state.lang;
  const t = (k: Parameters<typeof tr>[1]) => tr(lang(), k);

  let model: GraphModel | null = null;
  let colours = new Map<string, string>();
  let visible: Visible | null = null;
  let scene: Scene | null = null;
  let forums: ForumList | null = null;
  let pathResult: Path | null = null;
  let pathStart: string | null = null;
  let table: TableState = { sort: { key: 'a', desc: false }, query: '', page: 0 };
  let sortedRows: { of: unknown[]; rows: TieRow[] } | null = null;
  let neighbourOrigin: number | undefined;

  // --- layout of the page
  const search = createSearchBox(lang, (city) => {
    store.dispatch({ type: 'focus', id: city.id });
    if (!registeredTabs().find((x) => x.id === store.state.tab)?.canvas) store.dispatch({ type: 'tab', tab: 'network' });
  });
  const langButton = h('button', { type: 'button', id: 'lang', class: 'lang', onclick: () => store.dispatch({ type: 'lang', lang: lang() === 'ru' ? 'en' : 'ru' }) });
  const tablist = h('div', { class: 'tablist', role: 'tablist' });
  const tabsNav = h('nav', { class: 'tabs' }, tablist);
  const canvasHost = h('div', { class: 'canvas-host', id: 'canvas-host' });
  const panelHost = h('div', { class: 'panel-host', id: 'panel-host', role: 'tabpanel', hidden: true });
  const status = h('p', { class: 'status', id: 'status', role: 'status' }, t('loadingGraph'));
  const controlsHost = h('aside', { class: 'controls', id: 'controls' });
  const legendHost = h('div', { id: 'legend' });
  const detailsBody = h('div', { id: 'details-body' });
  const pathBox = h('div', { id: 'path-box', class: 'path-box' });
  const details = h('aside', { class: 'details', id: 'details', hidden: true }, h('button', { type: 'button', class: 'close', id: 'details-close', 'aria-label': t('close'), onclick: () => store.dispatch({ type: 'select', id: null }) }, '×'), pathBox, detailsBody);
  const attribution = h('footer', { class: 'attribution', id: 'attribution' });
  const announcer = h('div', { class: 'sr-only', id: 'announcer', 'aria-live': 'polite' });
  const help = h('p', { class: 'help', id: 'keyboard-help' });
  const stage = h('main', { class: 'stage', id: 'stage' }, canvasHost, panelHost, status);
  root.replaceChildren(
    h('header', { class: 'top' }, h('h1', {}, h('a', { href: '/' }, 'Побратим')), search.el, langButton),
    tabsNav,
    h('div', { class: 'body' }, controlsHost, stage, details),
    attribution,
    announcer,
  );
  controlsHost.append(legendHost, help);

  const view = new NetworkView(canvasHost, {
    select: (i) => store.dispatch({ type: 'select', id: i === undefined || !model ? null : model.nodes[i]!.id }),
    focus: (i) => model && store.dispatch({ type: 'focus', id: model.nodes[i]!.id }),
    forum: (id) => void openForum(id),
    transform: debounce((tr) => store.dispatch({ type: 'transform', transform: { x: round1(tr.x), y: round1(tr.y), k: Math.round(tr.k * 1e4) / 1e4 } }), 200),
    key: onKey,
  });
  view.canvas.setAttribute('aria-label', t('network'));
  view.canvas.setAttribute('aria-describedby', 'keyboard-help announcer');

  // --- commands used by the controls
  const selectedId = () => store.state.selected;
  const commands = {
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
      if (!id || !model || !visible) return;
      if (!store.state.focus) store.dispatch({ type: 'focus', id });
      const keepNear = new Set(model.adjacency[model.index.get(id)!]!.map((l) => model!.nodes[model!.source[l] === model!.index.get(id) ? model!.target[l]! : model!.source[l]!]!.id));
      const vis = computeVisible(model, store.state, pathCities()).nodes.map((i) => model!.nodes[i]!.id);
      store.dispatch({ type: 'dismissOthers', keep: id, visible: vis.filter((v) => !keepNear.has(v)) });
    },
    pathFrom: () => {
      pathStart = selectedId();
      render(store.state, store.state);
    },
    pathTo: () => {
      const to = selectedId();
      if (pathStart && to && pathStart !== to) store.dispatch({ type: 'path', path: [pathStart, to] });
    },
    exportPng: () => view.exportCanvas().toBlob((b) => b && download(b, 'pobratim.png')),
    embed: () => void openEmbedDialog({ view: embedViewOf(store.state) }),
    dataHref: (format: DataFormat) => {
      const p = dataParams(fullEmbedViewOf(store.state)); // the API's own default link cap
      p.set('format', format);
      return `/api/export?${p}`;
    },
    exportSvg: () => {
      if (!scene) return;
      const v = view.drawView(view.transform, view.canvas.clientWidth, view.canvas.clientHeight, true);
      download(new Blob([sceneToSvg(scene, view.positions, v, model?.attribution ?? [])], { type: 'image/svg+xml' }), 'pobratim.svg');
    },
  };
  let controls = createControls(store, [], commands);
  controlsHost.prepend(controls.el);

  // --- tabs (built-in and registered by other modules, e.g. the console)
  const tabCtx: TabContext = { store, lang };
  const mounted = new Map<string, { el: HTMLElement; update?: (ctx: TabContext) => void }>();
  registerTab({
    id: 'forums',
    label: { ru: 'Форумы', en: 'Forums' },
    order: 30,
    mount: (el) => (ctx) => {
      if (forums) el.replaceChildren(renderForums(forums, ctx.lang(), ctx.store.state.year, ctx.store.state.undated, openForum));
    },
  });
  registerTab({
    id: 'table',
    label: { ru: 'Таблица', en: 'Table' },
    order: 40,
    mount: (el) => {
      // The filter box is built once (typing must keep its focus); the page below it is redrawn.
      const filter = h('input', { type: 'search', id: 'table-filter' });
      const body = h('div', {});
      el.replaceChildren(h('div', { class: 'table-view' }, filter, body));
      const update = (ctx: TabContext) => {
        if (!model || !visible) return;
        const lang = ctx.lang();
        filter.placeholder = tr(lang, 'filterTable');
        filter.setAttribute('aria-label', tr(lang, 'filterTable'));
        const of = [visible, lang, table.sort.key, table.sort.desc];
        if (!sortedRows || of.some((v, i) => v !== sortedRows!.of[i])) sortedRows = { of, rows: tieRows(model, visible, lang, table.sort.key, table.sort.desc) };
        const change = (next: Partial<TableState>) => ((table = { ...table, ...next }), update(ctx));
        body.replaceChildren(
          renderTable(model, filterRows(sortedRows.rows, table.query), sortedRows.rows.length, lang, table, {
            sort: (key) => change({ sort: { key, desc: table.sort.key === key ? !table.sort.desc : false }, page: 0 }),
            page: (page) => change({ page }),
            select: (id) => store.dispatch({ type: 'select', id }),
          }),
        );
      };
      filter.addEventListener('input', () => ((table = { ...table, query: filter.value, page: 0 }), update(tabCtx)));
      return update;
    },
  });
  const drawTabs = () =>
    tablist.replaceChildren(
      ...registeredTabs().map((tab) =>
        h('button', { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-selected': String(store.state.tab === tab.id), 'aria-controls': tab.canvas ? 'canvas-host' : 'panel-host', onclick: () => store.dispatch({ type: 'tab', tab: tab.id }) }, tab.label[lang()]),
      ),
    );
  onTabsChanged(() => drawTabs());

  // --- rendering of the state
  let lastLang = '';
  let lastVisKey = '';
  let lastSceneKey = '';
  const pathCities = () => (pathResult?.found ? pathResult.cities.map((c) => c.id) : []);

  function render(s: ViewState, prev: ViewState) {
    if (s.lang !== lastLang) {
      lastLang = s.lang;
      document.documentElement.lang = s.lang;
      document.title = t('title');
      langButton.textContent = t('lang');
      search.relabel();
      help.textContent = t('keyboardHelp');
      // Landmarks named in the page's language (screen readers list them: «Представления», «Настройки вида», …).
      tabsNav.setAttribute('aria-label', t('views'));
      controlsHost.setAttribute('aria-label', t('viewControls'));
      details.setAttribute('aria-label', t('details'));
      if (!model && !status.classList.contains('error')) status.textContent = t('loadingGraph');
      const fresh = createControls(store, model?.countries ?? [], commands);
      controls.el.replaceWith(fresh.el);
      controls = fresh;
    }
    drawTabs();
    const tab = registeredTabs().find((x) => x.id === s.tab) ?? registeredTabs()[0]!;
    if (model) {
      const visKey = JSON.stringify([s.year, s.undated, s.countries, s.kinds, s.minTies, s.focus, s.depth, s.expanded, s.dismissed, pathCities()]);
      if (visKey !== lastVisKey) {
        visible = computeVisible(model, s, pathCities());
        const m = model;
        colours = countryColours(byFrequency(visible.nodes.map((i) => m.nodes[i]!.country)));
        (lastVisKey = visKey), (lastSceneKey = '');
        view.setShown(visible.nodes, visible.links);
      }
      const sceneKey = JSON.stringify([s.selected, s.focus, s.lang]);
      // The zoom first (a URL's transform must win over fitting), then the scene, then the layout.
      if (s.transform !== prev.transform || s.focus !== prev.focus) view.setTransform(s.transform);
      if (sceneKey !== lastSceneKey) {
        scene = buildScene(model, selectionContext(model, visible!, colours, s.lang, s.selected, s.focus), forumMarks(model, visible!, forums?.forums ?? [], s.year, s.undated));
        lastSceneKey = sceneKey;
        view.setScene(scene);
      }
      if (tab.canvas) view.setLayout(tab.canvas, prev.tab !== '' && prev.tab !== s.tab);
      legendHost.replaceChildren(renderLegend(model, visible!, colours, s.lang, scene?.forums.length ?? 0));
      const showAttribution = visible!.links.length > 0 && model.attribution.length > 0;
      attribution.replaceChildren(...(showAttribution ? [h('span', {}, model.attribution.join(' · '))] : []), model.truncated ? h('span', { class: 'warn' }, ' · truncated') : '');
    }
    canvasHost.hidden = !tab.canvas;
    panelHost.hidden = !!tab.canvas;
    if (!tab.canvas) {
      let m = mounted.get(tab.id);
      if (!m) {
        const el = h('div', { class: `tab-panel tab-${tab.id}` });
        const update = tab.mount?.(el, tabCtx) ?? undefined;
        m = { el, update: update || undefined };
        mounted.set(tab.id, m);
      }
      if (panelHost.firstChild !== m.el) panelHost.replaceChildren(m.el);
      m.update?.(tabCtx);
    }
    controls.update(s, { pathStart, canUndo: store.canUndo, hasSelection: !!s.selected });
    if (s.selected !== prev.selected || s.lang !== prev.lang || s.year !== prev.year || detailsFor !== s.selected) loadDetails(s.selected);
    if (s.path?.join() !== prev.path?.join() || (s.path && !pathResult && !pathLoading)) loadPath(s.path);
    renderPathBox();
    announce(s);
    writeUrl(s);
  }

  function announce(s: ViewState) {
    if (!model || !visible) return;
    const i = s.selected ? model.index.get(s.selected) : undefined;
    const forumsHeld = i === undefined ? undefined : scene?.forums.find((m) => m.node === i)?.label;
    const text = i === undefined ? t('nothingSelected') : `${t('selected')}: ${nodeName(model.nodes[i]!, s.lang)} (${countryName(model.nodes[i]!.country, s.lang)}), ${visible.ties[i]} ${t('ties')}${forumsHeld ? `; ${t('forums')}: ${forumsHeld}` : ''}`;
    if (announcer.textContent !== text) announcer.textContent = text;
  }

  const writeUrl = debounce((s: ViewState) => {
    const q = stateToQuery(s);
    if (q !== location.search.slice(1)) history.replaceState(null, '', q ? `?${q}` : location.pathname);
  }, 150);
  window.addEventListener('popstate', () => store.dispatch({ type: 'replace', state: queryToState(location.search) }));

  // --- details, forums, path
  let detailsFor: string | null = null;
  let detailsAbort: AbortController | null = null;
  async function loadDetails(id: string | null) {
    detailsFor = id;
    detailsAbort?.abort();
    if (!id) {
      details.hidden = !pathResult;
      detailsBody.replaceChildren();
      return;
    }
    details.hidden = false;
    detailsBody.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    detailsAbort = new AbortController();
    try {
      const d = await api.city(id, detailsAbort.signal);
      if (detailsFor !== id) return;
      detailsBody.replaceChildren(renderCityDetails(d, lang(), store.state.year, { select: (x) => store.dispatch({ type: 'select', id: x }), focus: (x) => store.dispatch({ type: 'focus', id: x }), forum: openForum }));
    } catch (e) {
      if ((e as Error).name !== 'AbortError') detailsBody.replaceChildren(h('p', { class: 'error' }, `${t('loadError')}: ${(e as Error).message}`));
    }
  }

  async function openForum(id: string) {
    details.hidden = false;
    detailsFor = `forum:${id}`;
    detailsBody.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    const d = await api.forum(id);
    const src = new Map(d.sources.map((x) => [x.id, x]));
    const f = d.forum;
    detailsBody.replaceChildren(
      h(
        'article',
        { class: 'forum-details' },
        h('h2', {}, `${f.editionRoman} — ${f.host ? nodeName(f.host, lang()) : '?'}`),
        h('p', {}, `${f.startDate ?? f.dateNote ?? t('noDate')}${f.endDate ? ' – ' + f.endDate : ''} `, sourceLinks(f.sources, src, lang())),
        f.theme ? h('p', {}, f.theme) : null,
        f.note ? h('p', { class: 'muted' }, f.note) : null,
        d.delegations.length ? h('h3', {}, t('delegations')) : null,
        h('ul', {}, d.delegations.map((dl) => h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => store.dispatch({ type: 'select', id: dl.city.id }) }, nodeName(dl.city, lang())), dl.members.length ? `: ${dl.members.map((m) => nodeName(m.person, lang())).join(', ')}` : '', ' ', sourceLinks(dl.sources, src, lang())))),
      ),
    );
  }

  let pathLoading = false;
  async function loadPath(path: [string, string] | null) {
    pathResult = null;
    if (!path) return void (lastVisKey = '');
    pathLoading = true;
    try {
      pathResult = await api.path(path[0], path[1]);
    } finally {
      pathLoading = false;
    }
    lastVisKey = '';
    render(store.state, store.state);
  }

  function renderPathBox() {
    if (!pathResult) return pathBox.replaceChildren();
    const L = lang();
    pathBox.replaceChildren(
      h('h2', {}, `${t('path')}: ${pathResult.found ? pathResult.length : '—'}`),
      pathResult.found
        ? h('ol', { class: 'path-steps' }, pathResult.steps.map((st) => {
            const a = pathResult!.cities.find((c) => c.id === st.from);
            const b = pathResult!.cities.find((c) => c.id === st.to);
            return h('li', {}, `${a ? nodeName(a, L) : st.from} — ${b ? nodeName(b, L) : st.to}: ${kindName(L, st.tie.kind)}, ${st.tie.date ?? t('noDate')}`, st.agreements.length ? ` (${st.agreements.map((ag) => [kindName(L, ag.kind), ag.date].filter(Boolean).join(' ')).join('; ')})` : '');
          }))
        : h('p', {}, t('pathNone')),
    );
    details.hidden = false;
  }

  // --- keyboard navigation on the canvas
  function onKey(e: KeyboardEvent) {
    if (!model || !visible) return;
    const cur = store.state.selected ? model.index.get(store.state.selected) : undefined;
    if (NAV_KEYS.has(e.key)) {
      e.preventDefault();
      if (e.key === '[' || e.key === ']') neighbourOrigin ??= cur;
      else neighbourOrigin = undefined;
      const next = navigate(e.key as NavKey, cur, model, visible, view.positions, neighbourOrigin);
      if (next !== undefined) {
        store.dispatch({ type: 'select', id: model.nodes[next]!.id });
        const [x, y] = view.screenOf(next);
        if (x < 40 || y < 40 || x > view.canvas.clientWidth - 40 || y > view.canvas.clientHeight - 40) view.centreOn(next);
      }
    } else if (e.key === 'Enter' && store.state.selected) {
      store.dispatch({ type: 'focus', id: store.state.selected });
    } else if (e.key === 'Escape') {
      neighbourOrigin = undefined;
      store.dispatch({ type: 'select', id: null });
    }
  }

  store.subscribe(render);
  render(store.state, { ...store.state, tab: '' });

  // --- data
  try {
    await untilReady();
    const [graph, forumList] = await Promise.all([loadGraph(), api.forums().catch(() => null)]);
    forums = forumList;
    // Yield between start-up stages so a world-size graph never blocks the page in one long task.
    await nextTask();
    model = buildModel(graph);
    await nextTask();
    view.setModel(model);
    await nextTask();
    status.hidden = true;
    render(store.state, { ...store.state, tab: '', transform: null });
    // The controls and labels again, now with the graph's countries: a task of their own after the scene's.
    await nextTask();
    lastLang = '';
    render(store.state, store.state);
  } catch (e) {
    status.textContent = `${t('loadError')}: ${(e as Error).message}`;
    status.classList.add('error');
  }

  return { store, view, model: () => model, visible: () => visible, scene: () => scene };
}

/** Waits while GET /api/ready answers 503 (a fresh server still loading its graph, or its database restarting), so the
 *  page says «Загружаем граф…» instead of showing an empty or partial graph; any other failure is left to the graph
 *  request to report. */
async function untilReady(): Promise<void> {
  for (;;) {
    try {
      return void (await api.ready());
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 503)) return;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function download(blob: Blob, name: string) {
  const a = h('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number): (...a: A) => void {
  let timer = 0;
  return (...a) => {
    clearTimeout(timer);
    timer = window.setTimeout(() => fn(...a), ms);
  };
}

const round1 = (v: number) => Math.round(v * 10) / 10;
