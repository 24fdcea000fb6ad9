// `npm run eval:suggest`: the partnership suggestions measured against the standard link prediction baselines, in
// one run, on the world graph (curated seed + world file, imported into a fresh local Neo4j on BENCH_BOLT_PORT).
// Reproducible from EVAL_SEED (default 19). Prints, per method: recall@10, recall@50, MRR and AUC with 95 %
// intervals across the folds, overall and for the Russia–Belarus ties; then the time-ordered check.
// EVAL_SAMPLE (default 600) caps the hidden ties ranked per fold for the overall figures (seeded, uniform);
// the Russia–Belarus ties are all ranked. EVAL_GRAPH=file reads/writes the selection to skip Neo4j when iterating.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Graph } from '../../core/schemas/graph.schema.ts';
import { toGraphology, type CityGraph } from '../../server/derived/graphology-graph.ts';
import {
  BASELINES,
  METHODS,
  METRICS,
  crossValidate,
  interval,
  mean,
  rankQuery,
  type Method,
  type Metrics,
} from '../../server/suggestions/evaluation.ts';
import { fitSuggester } from '../../server/suggestions/model.ts';
import { FEATURES } from '../../server/suggestions/signals.ts';

const seed = Number(process.env.EVAL_SEED ?? 19);
const sample = Number(process.env.EVAL_SAMPLE ?? 600);
const folds = Number(process.env.EVAL_FOLDS ?? 5);
const started = performance.now();

async function selection(): Promise<Graph> {
  const file = process.env.EVAL_GRAPH;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Graph;
  const { worldDatabase, worldSelection } = await import('./world-graph.ts');
  const { db, stop } = await worldDatabase();
  try {
    const g = await worldSelection(db);
    if (file) writeFileSync(file, JSON.stringify(g));
    return g;
  } finally {
    await stop();
  }
}

const data = await selection();
const graph = toGraphology(data);
const isRuBy = (g: CityGraph, key: string) => {
  const [s, t] = g.extremities(key);
  const pair = [g.getNodeAttribute(s, 'country'), g.getNodeAttribute(t, 'country')].sort().join('-');
  return pair === 'BY-RU';
};
const ruBy = graph.filterEdges((key) => isRuBy(graph, key)).length;
console.log(
  `World graph: ${graph.order} cities, ${graph.size} ties (${ruBy} Russia–Belarus); seed ${seed}, ${folds} folds of 10 %, ` +
    `≤ ${sample} hidden ties ranked per fold overall (seeded sample), every Russia–Belarus one.`,
);

const results = crossValidate(graph, { folds, fraction: 0.1, seed, sample, isFocus: isRuBy }, (i, r) =>
  console.log(
    `  fold ${i + 1}: ${r.hidden} hidden, ${r.ranked} ranked (+ ${r.focusRanked} RU–BY); fit ${(r.fitMs / 1000).toFixed(1)} s, ranking ${(r.rankMs / 1000).toFixed(1)} s`,
  ),
);

const pct = (v: number) => (100 * v).toFixed(1);
const cell = (vals: number[], k: (typeof METRICS)[number]) => {
  const { mean: m, half } = interval(vals);
  return k === 'auc' ? `${m.toFixed(3)} ± ${half.toFixed(3)}` : `${pct(m)} ± ${pct(half)}`;
};
const NAMES: Record<Method, string> = {
  random: 'random',
  preferentialAttachment: 'preferential attachment',
  commonNeighbours: 'common neighbours',
  adamicAdar: 'Adamic–Adar',
  resourceAllocation: 'resource allocation',
  model: '**model (logistic regression)**',
};

function table(title: string, pick: (f: (typeof results)[number]) => Record<Method, Metrics>) {
  console.log(`\n${title}\n`);
  console.log('| method | recall@10, % | recall@50, % | MRR, % | AUC |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const m of METHODS)
    console.log(
      `| ${NAMES[m]} | ${METRICS.map((k) =>
        cell(
          results.map((f) => pick(f)[m][k]),
          k,
        ),
      ).join(' | ')} |`,
    );
  for (const k of ['recall10', 'mrr'] as const) {
    const best = BASELINES.map((b) => ({ b, v: interval(results.map((f) => pick(f)[b][k])).mean })).sort(
      (x, y) => y.v - x.v,
    )[0]!;
    const model = interval(results.map((f) => pick(f).model[k])).mean;
    const gain = (model / best.v - 1) * 100;
    console.log(
      `  ${k === 'mrr' ? 'MRR' : 'recall@10'}: model ${pct(model)} vs best baseline (${NAMES[best.b]}) ${pct(best.v)} → ${gain >= 0 ? '+' : ''}${gain.toFixed(0)} % (goal +20 %: ${gain >= 20 ? 'met' : 'missed'})`,
    );
  }
}

table('Overall (all hidden ties, ranked among every city)', (f) => f.overall);
table('Russia–Belarus ties, ranked among every city', (f) => f.focus);
table(
  "Russia–Belarus ties, ranked among the partner's country only (the diplomat's question)",
  (f) => f.focusInCountry,
);

// Time-ordered check: fit on every tie not dated in or after the cut year, rank the ties dated from then on.
const dated = graph.filterEdges((_k, attr) => attr.year !== null);
const years = dated.map((k) => graph.getEdgeAttribute(k, 'year')!).sort((a, b) => a - b);
console.log(`\nTime-ordered check: ${dated.length} of ${graph.size} ties carry a date (the world file has none).`);
if (years.length > 0) {
  const cut = years[Math.floor(years.length * 0.8)]!;
  const later = dated.filter((k) => graph.getEdgeAttribute(k, 'year')! >= cut);
  const before = graph.copy() as CityGraph;
  for (const k of later) before.dropEdge(k);
  const testable = later.filter((k) => graph.extremities(k).every((id) => before.degree(id) > 0));
  const s = fitSuggester(before, seed);
  const rows: Metrics[][] = METHODS.map(() => []);
  for (const k of testable) {
    const [a, b] = graph.extremities(k);
    const r = rankQuery(s, { a, b });
    METHODS.forEach((m, i) => rows[i]!.push(r[m]));
  }
  console.log(
    `  fit on ties dated before ${cut} and the undated; ${later.length} ties dated ${cut}–${years.at(-1)}, ` +
      `${testable.length} between cities already tied before (the only ones a model can rank).`,
  );
  console.log('| method | recall@10, % | recall@50, % | MRR, % | AUC |');
  console.log('| --- | --- | --- | --- | --- |');
  METHODS.forEach((m, i) => {
    const v = mean(rows[i]!);
    console.log(`| ${NAMES[m]} | ${pct(v.recall10)} | ${pct(v.recall50)} | ${pct(v.mrr)} | ${v.auc.toFixed(3)} |`);
  });
  if (testable.length < 100)
    console.log(`  Too few (${testable.length}) to conclude: read these as anecdotes, not as a measurement.`);
}

const full = fitSuggester(graph, seed);
console.log('\nWeights of the model fitted on the whole graph (per standard deviation of each signal):');
console.log(FEATURES.map((f, i) => `${f} ${(full.model.weights[i]! * full.model.sd[i]!).toFixed(2)}`).join(', '));
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
