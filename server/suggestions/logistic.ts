// A small L2-regularised logistic regression, fitted by Newton's method (iteratively reweighted least squares) on
// standardised inputs. Written here rather than taken from a package: the model has ~14 inputs and a few tens of
// thousands of rows, needs to be deterministic and to give its weights back in the inputs' own units (to explain a
// suggestion by the signals that weigh most) — the npm options (ml-logistic-regression: gradient descent with a
// fixed step, one-vs-all, no intercept control, ml-matrix) are larger and less predictable than these 80 lines.
// Tested in tests/unit/suggest-logistic.test.ts against a known answer.

export interface LogisticModel {
  /** Weights in the inputs' own units, and the intercept: logit = intercept + Σ weights[i] · x[i]. */
  weights: number[];
  intercept: number;
  /** Means and standard deviations of the training inputs (to weigh a signal's contribution in plain words). */
  mean: number[];
  sd: number[];
}

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i]![k]!) > Math.abs(M[p]![k]!)) p = i;
    [M[k], M[p]] = [M[p]!, M[k]!];
    const pivot = M[k]![k]! || 1e-12;
    for (let i = k + 1; i < n; i++) {
      const f = M[i]![k]! / pivot;
      if (f !== 0) for (let j = k; j <= n; j++) M[i]![j]! -= f * M[k]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i]![n]!;
    for (let j = i + 1; j < n; j++) s -= M[i]![j]! * x[j]!;
    x[i] = s / (M[i]![i]! || 1e-12);
  }
  return x;
}

/** Fits rows `X` (n × d) to labels `y` (0/1), each row counted `weight[i]` times (default 1), with L2 penalty
 *  `lambda` on the standardised weights (not the intercept). */
export function fitLogistic(
  X: ArrayLike<number>[],
  y: ArrayLike<number>,
  lambda = 1,
  weight?: ArrayLike<number>,
  iterations = 25,
): LogisticModel {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) mean[j]! += row[j]! / n;
  for (const row of X) for (let j = 0; j < d; j++) sd[j]! += (row[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
  const Z = X.map((row) => [1, ...Array.from({ length: d }, (_, j) => (row[j]! - mean[j]!) / sd[j]!)]);
  let beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const z = Z[i]!;
      let eta = 0;
      for (let j = 0; j <= d; j++) eta += beta[j]! * z[j]!;
      const p = 1 / (1 + Math.exp(-eta));
      const wi = weight ? weight[i]! : 1;
      const w = wi * Math.max(p * (1 - p), 1e-9);
      const r = wi * (y[i]! - p);
      for (let j = 0; j <= d; j++) {
        grad[j]! += r * z[j]!;
        const wz = w * z[j]!;
        for (let k = j; k <= d; k++) H[j]![k]! += wz * z[k]!;
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) H[j]![k] = H[k]![j]!;
    for (let j = 1; j <= d; j++) ((grad[j]! -= lambda * beta[j]!), (H[j]![j]! += lambda));
    const step = solve(H, grad);
    beta = beta.map((b, j) => b + step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  const weights = Array.from({ length: d }, (_, j) => beta[j + 1]! / sd[j]!);
  const intercept = beta[0]! - weights.reduce((s, w, j) => s + w * mean[j]!, 0);
  return { weights, intercept, mean, sd };
}

export function logit(model: LogisticModel, x: ArrayLike<number>): number {
  let s = model.intercept;
  for (let j = 0; j < model.weights.length; j++) s += model.weights[j]! * x[j]!;
  return s;
}
