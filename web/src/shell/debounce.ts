// debounce: calls `fn` once the calls have paused for `ms` (zoom → URL, state → URL).
export function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number): (...a: A) => void {
  let timer = 0;
  return (...a) => {
    clearTimeout(timer);
    timer = window.setTimeout(() => fn(...a), ms);
  };
}
