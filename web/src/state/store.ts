// The store: holds the view state, applies actions through the pure reducer, keeps an undo history of
// exploration steps, and notifies subscribers (the renderers) after each change.
import { type Action, EXPLORE_ACTIONS, reduce } from './actions.ts';
import type { ViewState } from '../../../core/view/view-state.ts';

export type Listener = (state: ViewState, previous: ViewState) => void;

export class Store {
  private listeners = new Set<Listener>();
  private history: ViewState[] = [];

  constructor(private current: ViewState, private readonly historyLimit = 50) {}

  get state(): ViewState {
    return this.current;
  }

  get canUndo(): boolean {
    return this.history.length > 0;
  }

  dispatch(action: Action): void {
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

  private set(next: ViewState): void {
    const prev = this.current;
    this.current = next;
    for (const fn of this.listeners) fn(next, prev);
  }
}
