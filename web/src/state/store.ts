// The store: holds the view state and the panels' state, applies actions through the pure reducers, keeps an undo
// history of exploration steps, and notifies subscribers (the renderers) after each change.
import { type Action, EXPLORE_ACTIONS, reduce } from './actions.ts';
import { defaultPanelState, PANEL_ACTIONS, type PanelAction, type PanelState, reducePanel } from './panel-state.ts';
import type { ViewState } from '../../../core/view/view-state.ts';

export type Listener = (state: ViewState, previous: ViewState) => void;
export type PanelListener = (panel: PanelState, previous: PanelState) => void;

const isPanelAction = (a: Action | PanelAction): a is PanelAction => PANEL_ACTIONS.has(a.type);

export class Store {
  private listeners = new Set<Listener>();
  private panelListeners = new Set<PanelListener>();
  private history: ViewState[] = [];
  private panelState = defaultPanelState();

  constructor(
    private current: ViewState,
    private readonly historyLimit = 50,
  ) {}

  get state(): ViewState {
    return this.current;
  }

  get panel(): PanelState {
    return this.panelState;
  }

  get canUndo(): boolean {
    return this.history.length > 0;
  }

  dispatch(action: Action | PanelAction): void {
    if (isPanelAction(action)) return this.setPanel(reducePanel(this.panelState, action));
    const next = reduce(this.current, action);
    if (next === this.current) return;
    if (EXPLORE_ACTIONS.has(action.type)) {
      this.history.push(this.current);
      if (this.history.length > this.historyLimit) this.history.shift();
    }
    this.set(next);
  }

  undo(): void {
    const prev = this.history.pop();
    if (prev) this.set({ ...prev, lang: this.current.lang, tab: this.current.tab });
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Hears changes of the panels' state (the view state's subscribers do not). */
  subscribePanel(fn: PanelListener): () => void {
    this.panelListeners.add(fn);
    return () => this.panelListeners.delete(fn);
  }

  private set(next: ViewState): void {
    const prev = this.current;
    this.current = next;
    for (const fn of this.listeners) fn(next, prev);
  }

  private setPanel(next: PanelState): void {
    const prev = this.panelState;
    if (next === prev) return;
    this.panelState = next;
    for (const fn of this.panelListeners) fn(next, prev);
  }
}
