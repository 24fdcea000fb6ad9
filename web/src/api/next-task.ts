// Ends the current task and resumes in a new one, so the browser can paint and handle input in between: start-up
// stages that each take tens of ms on a world-size graph would otherwise add up to one long freeze.
// `scheduler.yield()` (Chromium) resumes ahead of other queued tasks; elsewhere a zero-delay timeout.
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r));
}

/** Resolves in the next animation frame: what was drawn before it is on screen once the frame's callbacks end. */
export function nextFrame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}
