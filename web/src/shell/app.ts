// The explorer shell: composes the store, the data, the canvas view and the panels, and renders the state into
// them. Data flows one way: controls/interaction → actions → store → render (this file's `render`).
import { tr } from '../i18n/strings.ts';
import { buildModel, type GraphModel, nodeName } from '../model/graph-model.ts';
import { countryName } from '../model/palette.ts';
import { countByDate, type Visible } from '../model/visibility.ts';
import type { Scene } from '../render/scene.ts';
import { pathResult } from '../state/panel-state.ts';
import { Store } from '../state/store.ts';
import { queryToState } from '../../../core/view/url-state.ts';
import type { ViewState } from '../../../core/view/view-state.ts';
import { createControls } from '../views/controls.ts';
import { h } from '../views/dom.ts';
import { renderLegend } from '../views/legend.ts';
import { isStartView, renderEmpty, renderIntro } from '../views/guide.ts';
import { NetworkView } from '../views/network-view.ts';
import { createSearchBox } from '../views/search-box.ts';
import { api } from '../api/client.ts';
import { createCommands } from './commands.ts';
import { registerAnalyticsTab } from './analytics-tab.ts';
import { registerCountriesTab } from './countries-tab.ts';
import { registerBuiltinTabs, registerDataTabs } from './data-tabs.ts';
import { debounce } from './debounce.ts';
import { createDetails } from './details.ts';
import { defaultLoadGraph, fetchWorld } from './fetch-world.ts';
import type { LoadedGraph } from '../api/load-graph.ts';
import { createKeyHandler } from './keyboard.ts';
import { buildPage } from './page.ts';
import { createSelectors, type ForumList } from './selectors.ts';
import { onTabsChanged, registeredTabs, type TabContext } from './tabs.ts';
import { nextFrame, nextTask } from '../api/next-task.ts';
import { forumInUrl, syncUrl } from './url-sync.ts';

export { registerBuiltinTabs };

export interface Explorer {
  store: Store;
  view: NetworkView;
  model: () => GraphModel | null;
  visible: () => Visible | null;
  scene: () => Scene | null;
}

export async function startExplorer(
  root: HTMLElement,
  loadGraph: () => Promise<LoadedGraph> = defaultLoadGraph,
): Promise<Explorer> {
  performance.mark('explorer:start');
  registerBuiltinTabs();
  const store = new Store(queryToState(location.search));
  const lang = () => store.state.lang;
  const t = (k: Parameters<typeof tr>[1]) => tr(lang(), k);
  const selectors = createSelectors();

  let model: GraphModel | null = null;
  let forums: ForumList | null = null;
  let visible: Visible | null = null;
  let scene: Scene | null = null;

  const search = createSearchBox(lang, (city) => {
    store.dispatch({ type: 'focus', id: city.id });
    if (!registeredTabs().find((x) => x.id === store.state.tab)?.canvas)
      store.dispatch({ type: 'tab', tab: 'network' });
  });
  const page = buildPage(root, lang(), {
    search: search.el,
    onLang: () => store.dispatch({ type: 'lang', lang: lang() === 'ru' ? 'en' : 'ru' }),
    onSkip: () => (page.canvasHost.hidden ? page.panelHost : view.canvas).focus(),
    onCopyLink: () => void copyLink(),
    onCloseDetails: () => {
      store.dispatch({ type: 'select', id: null });
      void details.showCity(null); // a forum's or a tie's details close too
    },
  });
  const details = createDetails(store, page);
  const view: NetworkView = new NetworkView(page.canvasHost, {
    select: (i) => store.dispatch({ type: 'select', id: i === undefined || !model ? null : model.nodes[i]!.id }),
    focus: (i) => model && store.dispatch({ type: 'focus', id: model.nodes[i]!.id }),
    forum: (id) => void details.showForum(id),
    tie: (l) => model && void details.showTie(model.links[l]!.source, model.links[l]!.target),
    transform: debounce(
      (tr) =>
        store.dispatch({
          type: 'transform',
          transform: { x: round1(tr.x), y: round1(tr.y), k: Math.round(tr.k * 1e4) / 1e4 },
        }),
      200,
    ),
    key: createKeyHandler(
      store,
      () => view,
      () => model,
      () => visible,
    ),
  });
  view.canvas.setAttribute('aria-label', t('network'));
  view.canvas.setAttribute('aria-describedby', 'keyboard-help announcer');

  const commands = createCommands({ store, view, selectors, model: () => model, scene: () => scene });
  let controls = createControls(store, [], commands);
  page.controlsHost.prepend(controls.el);

  // --- tabs (built-in and registered by other modules, e.g. the console)
  const tabCtx: TabContext = { store, lang };
  const mounted = new Map<string, { el: HTMLElement; update?: (ctx: TabContext) => void }>();
  registerDataTabs({
    store,
    selectors,
    model: () => model,
    visible: () => visible,
    forums: () => forums,
    openForum: (id) => void details.showForum(id),
  });
  registerAnalyticsTab();
  registerCountriesTab();
  const drawTabs = () =>
    page.tablist.replaceChildren(
      ...registeredTabs().map((tab) =>
        h(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: `tab-${tab.id}`,
            'aria-selected': String(store.state.tab === tab.id),
            'aria-controls': tab.canvas ? 'canvas-host' : 'panel-host',
            onclick: () => store.dispatch({ type: 'tab', tab: tab.id }),
          },
          tab.label[lang()],
        ),
      ),
    );
  onTabsChanged(() => drawTabs());

  // --- rendering of the state
  const writeUrl = syncUrl(store, (id) => void details.showForum(id));
  const forumAsked = forumInUrl(location.search);
  if (forumAsked) void details.showForum(forumAsked);
  let lastLang = '';
  let pictureShown = false;

  function relabel(s: ViewState) {
    lastLang = s.lang;
    document.documentElement.lang = s.lang;
    document.title = t('title');
    page.langButton.textContent = t('lang');
    page.copyButton.textContent = t('copyLink');
    page.skipLink.textContent = t('skipToCanvas');
    search.relabel();
    page.help.textContent = t('keyboardHelp');
    // Landmarks named in the page's language (screen readers list them: «Представления», «Настройки вида», …).
    page.tabsNav.setAttribute('aria-label', t('views'));
    page.controlsHost.setAttribute('aria-label', t('viewControls'));
    page.details.setAttribute('aria-label', t('details'));
    if (!model && !page.status.classList.contains('error')) page.status.textContent = t('loadingGraph');
    const fresh = createControls(store, model?.countries ?? [], commands);
    // The user's open or closed sections survive the rebuild (a language switch, the graph's countries arriving).
    const open = new Map([...controls.el.querySelectorAll('details')].map((d) => [d.className, d.open]));
    for (const d of fresh.el.querySelectorAll('details')) d.open = open.get(d.className) ?? d.open;
    controls.el.replaceWith(fresh.el);
    controls = fresh;
  }

  function renderCanvas(m: GraphModel, s: ViewState, prev: ViewState, canvasLayout: 'network' | 'map' | undefined) {
    const v = selectors.visible(m, s, pathResult(store.panel));
    if (v !== visible) view.setShown(v.nodes, v.links);
    visible = v;
    // The zoom first (a URL's transform must win over fitting), then the scene, then the layout.
    if (s.transform !== prev.transform || s.focus !== prev.focus) view.setTransform(s.transform);
    const sc = selectors.scene(m, v, s, forums);
    if (sc !== scene) view.setScene((scene = sc));
    if (canvasLayout) view.setLayout(canvasLayout, prev.tab !== '' && prev.tab !== s.tab);
    renderGuide(s, v);
    // The legend (its country names: Intl's locale data, ~50 ms the first time) once the picture is on screen.
    if (pictureShown) page.legendHost.replaceChildren(renderLegend(m, v, s, s.lang, sc.forums.length));
    const showAttribution = v.links.length > 0 && m.attribution.length > 0;
    page.attribution.replaceChildren(
      ...(showAttribution ? [h('span', {}, m.attribution.join(' · '))] : []),
      m.truncated ? h('span', { class: 'warn' }, ' · truncated') : '',
    );
  }

  // --- first-visit guidance: the intro on the start view (until hidden), why an empty view is empty
  let introHidden = localStorage.getItem(INTRO_KEY) === '1';
  function renderGuide(s: ViewState, v: Visible) {
    const note = !v.nodes.length
      ? renderEmpty(s.lang, s, () => {
          store.dispatch({ type: 'reset' });
          store.dispatch({ type: 'undated', show: true });
          store.dispatch({ type: 'year', year: Number.MAX_SAFE_INTEGER });
        })
      : !introHidden && isStartView(s)
        ? renderIntro(s.lang, {
            search: () => document.getElementById('search')?.focus(),
            movement: () => {
              store.dispatch({ type: 'countries', countries: ['BY', 'RU'] });
              store.dispatch({ type: 'undated', show: false });
              document.getElementById('play')?.click();
            },
            forums: () => store.dispatch({ type: 'tab', tab: 'forums' }),
            close: () => {
              introHidden = true;
              localStorage.setItem(INTRO_KEY, '1');
              renderGuide(store.state, v);
            },
          })
        : null;
    const kind = note?.id ?? '';
    if ((page.guideHost.firstElementChild?.id ?? '') === kind && page.guideHost.dataset.lang === s.lang) return;
    page.guideHost.dataset.lang = s.lang;
    page.guideHost.replaceChildren(...(note ? [note] : []));
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(location.href);
    } catch {
      // No clipboard permission (an embedding page, an old browser): select the address for a manual copy.
      prompt(t('copyLink'), location.href);
      return;
    }
    page.copyButton.textContent = `✓ ${t('copied')}`;
    page.announcer.textContent = t('copied');
    setTimeout(() => (page.copyButton.textContent = t('copyLink')), 2500);
  }

  function renderPanelTab(id: string) {
    let m = mounted.get(id);
    if (!m) {
      const tab = registeredTabs().find((x) => x.id === id)!;
      const el = h('div', { class: `tab-panel tab-${id}` });
      const update = tab.mount?.(el, tabCtx) ?? undefined;
      m = { el, update: update || undefined };
      mounted.set(id, m);
    }
    if (page.panelHost.firstChild !== m.el) page.panelHost.replaceChildren(m.el);
    m.update?.(tabCtx);
  }

  function render(s: ViewState, prev: ViewState) {
    if (s.lang !== lastLang) relabel(s);
    drawTabs();
    const tab = registeredTabs().find((x) => x.id === s.tab) ?? registeredTabs()[0]!;
    if (model) renderCanvas(model, s, prev, tab.canvas);
    page.canvasHost.hidden = !tab.canvas;
    page.guideHost.hidden = !tab.canvas;
    page.panelHost.hidden = !!tab.canvas;
    page.body.classList.toggle('no-sidebar', tab.sidebar === false);
    if (!tab.canvas) renderPanelTab(tab.id);
    const start = store.panel.pathStart === null ? undefined : model?.index.get(store.panel.pathStart);
    controls.update(s, {
      pathStart: store.panel.pathStart,
      pathStartName: start === undefined ? undefined : nodeName(model!.nodes[start]!, s.lang),
      canUndo: store.canUndo,
      hasSelection: !!s.selected,
      ties: model && visible ? countByDate(model, visible) : undefined,
    });
    // A forum's or a tie's details (`forum:…`, `tie:…`) stay open until the selection itself changes.
    const other = details.showing()?.includes(':');
    if (
      s.selected !== prev.selected ||
      s.lang !== prev.lang ||
      s.year !== prev.year ||
      (!other && details.showing() !== s.selected)
    )
      void details.showCity(s.selected);
    if (s.path?.join() !== prev.path?.join() || (s.path && !store.panel.path)) void loadPath(s.path);
    details.showPath();
    announce(s);
    writeUrl();
  }

  function announce(s: ViewState) {
    if (!model || !visible) return;
    const i = s.selected ? model.index.get(s.selected) : undefined;
    const forumsHeld = i === undefined ? undefined : scene?.forums.find((m) => m.node === i)?.label;
    const text =
      i === undefined
        ? t('nothingSelected')
        : `${t('selected')}: ${nodeName(model.nodes[i]!, s.lang)} (${countryName(model.nodes[i]!.country, s.lang)}), ${visible.ties[i]} ${t('ties')}${forumsHeld ? `; ${t('forums')}: ${forumsHeld}` : ''}`;
    if (page.announcer.textContent !== text) page.announcer.textContent = text;
  }

  async function loadPath(path: [string, string] | null) {
    if (!path) return store.dispatch({ type: 'pathCleared' });
    store.dispatch({ type: 'pathAsked' });
    try {
      store.dispatch({ type: 'pathFound', result: await api.path(path[0], path[1]) });
    } catch (e) {
      store.dispatch({ type: 'pathCleared' });
      throw e;
    }
  }

  store.subscribe(render);
  // The panels re-render the page when a path end is picked or a path is found (the table redraws itself).
  store.subscribePanel(
    (p, prev) =>
      (p.pathStart !== prev.pathStart || (p.path !== prev.path && p.path?.loading === false)) &&
      render(store.state, store.state),
  );
  render(store.state, { ...store.state, tab: '' });

  // --- data
  try {
    const loaded = await fetchWorld(loadGraph);
    performance.mark('explorer:graph'); // marks of the start-up stages: read by `npm run bench:render`
    forums = loaded.forums;
    // Yield between start-up stages so a world-size graph never blocks the page in one long task.
    await nextTask();
    // The model is built while the graph worker still checks the graph; nothing is shown until it is trusted.
    const next = buildModel(loaded.world.graph);
    performance.mark('explorer:model');
    await loaded.world.trusted;
    model = next;
    await nextTask();
    view.setModel(model);
    performance.mark('explorer:layout-seeded');
    await nextTask();
    page.status.hidden = true;
    render(store.state, { ...store.state, tab: '', transform: null });
    performance.mark('explorer:scene');
    // The controls, labels and legend, now with the graph's countries: after the first drawing, so the picture comes
    // first (or after a second, when the canvas is not being drawn: another tab is open, the page is hidden).
    // Waited for past the next animation frame, so the browser puts the drawing on screen before this work starts.
    await Promise.race([view.firstDrawn.then(nextFrame), new Promise((r) => setTimeout(r, 1000))]);
    await nextTask();
    pictureShown = true;
    lastLang = '';
    render(store.state, store.state);
    performance.mark('explorer:controls');
  } catch (e) {
    page.status.textContent = `${t('loadError')}: ${(e as Error).message}`;
    page.status.classList.add('error');
  }

  return { store, view, model: () => model, visible: () => visible, scene: () => scene };
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const INTRO_KEY = 'pobratim.intro.hidden';
