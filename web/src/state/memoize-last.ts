// memoizeLast: remembers a function's last inputs and result, and recomputes only when an input changed (by
// identity). The explorer's derivations (what is shown, its colours, the scene, the table's rows) need exactly
// this one-entry cache; a selector library (reselect) would add input-stability checks and a WeakMap cache
// keyed on one state object, while our inputs come from several sources (the store, the model, the panels).

/**
 * `inputs` picks what the result depends on from the arguments (default: the arguments themselves); a call whose
 * inputs are all identical (`Object.is`) to the last call's returns the last result.
 */
export function memoizeLast<A extends unknown[], R>(
  fn: (...args: A) => R,
  inputs: (...args: A) => readonly unknown[] = (...args) => args,
): (...args: A) => R {
  let last: { inputs: readonly unknown[]; result: R } | null = null;
  return (...args) => {
    const now = inputs(...args);
    if (last && last.inputs.length === now.length && last.inputs.every((v, i) => Object.is(v, now[i])))
      return last.result;
    last = { inputs: now, result: fn(...args) };
    return last.result;
  };
}
