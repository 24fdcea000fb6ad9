// The canvas gestures as a state machine: pointer input in screen coordinates (already interpreted by d3-drag and
// d3-zoom) goes in, effects come out — select, focus, open a forum, move or release a dragged node, set the
// cursor, hand the zoom to the user. Pure: the probe answers what is under a point, so it runs without a browser.
import type { Layout } from '../../../core/view/view-state.ts';

/** Reach, in screen pixels beyond a node's drawn radius, of a press or click (touch-friendly) and of a hover. */
export const PRESS_MARGIN = 8;
export const HOVER_MARGIN = 4;

export type GestureState = { kind: 'idle' } | { kind: 'dragging'; node: number };

export type GestureInput =
  | { type: 'press'; x: number; y: number }
  | { type: 'drag'; x: number; y: number }
  | { type: 'release' }
  | { type: 'click'; x: number; y: number }
  | { type: 'dblclick'; x: number; y: number }
  | { type: 'hover'; x: number; y: number }
  | { type: 'zoom'; byUser: boolean };

export type GestureEffect =
  | { type: 'select'; node: number | undefined }
  | { type: 'focus'; node: number }
  | { type: 'forum'; id: string }
  | { type: 'tie'; link: number }
  | { type: 'moveNode'; node: number; x: number; y: number }
  | { type: 'releaseNode'; node: number }
  | { type: 'cursor'; cursor: 'pointer' | 'grab' }
  | { type: 'userZoom' };

/** What the machine may ask about the canvas as it is now. */
export interface GestureProbe {
  layout: Layout;
  /** Whether clicks on forum tags are handled (else a click there selects, as anywhere). */
  forumClicks: boolean;
  nodeAt(x: number, y: number, margin: number): number | undefined;
  forumAt(x: number, y: number): string | undefined;
  /** The tie under a point (a click off every node opens its inspector), when ties are clickable. */
  linkAt?(x: number, y: number): number | undefined;
}

export const IDLE: GestureState = { kind: 'idle' };

export function stepGesture(
  state: GestureState,
  input: GestureInput,
  probe: GestureProbe,
): { state: GestureState; effects: GestureEffect[] } {
  const stay = (...effects: GestureEffect[]) => ({ state, effects });
  switch (input.type) {
    case 'press': {
      // Nodes are dragged only in the network layout (the map is geography), one at a time; elsewhere a press pans.
      if (probe.layout !== 'network' || state.kind === 'dragging') return stay();
      const node = probe.nodeAt(input.x, input.y, PRESS_MARGIN);
      return node === undefined ? stay() : { state: { kind: 'dragging', node }, effects: [] };
    }
    case 'drag':
      return state.kind === 'dragging' ? stay({ type: 'moveNode', node: state.node, x: input.x, y: input.y }) : stay();
    case 'release':
      return state.kind === 'dragging' ? { state: IDLE, effects: [{ type: 'releaseNode', node: state.node }] } : stay();
    case 'click': {
      const forum = probe.forumClicks ? probe.forumAt(input.x, input.y) : undefined;
      if (forum) return stay({ type: 'forum', id: forum });
      const node = probe.nodeAt(input.x, input.y, PRESS_MARGIN);
      const link = node === undefined ? probe.linkAt?.(input.x, input.y) : undefined;
      return stay(link === undefined ? { type: 'select', node } : { type: 'tie', link });
    }
    case 'dblclick': {
      const node = probe.nodeAt(input.x, input.y, PRESS_MARGIN);
      return node === undefined ? stay() : stay({ type: 'focus', node });
    }
    case 'hover': {
      const over =
        probe.forumAt(input.x, input.y) !== undefined || probe.nodeAt(input.x, input.y, HOVER_MARGIN) !== undefined;
      return stay({ type: 'cursor', cursor: over ? 'pointer' : 'grab' });
    }
    case 'zoom':
      return input.byUser ? stay({ type: 'userZoom' }) : stay();
  }
}
