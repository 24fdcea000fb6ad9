// `npm run bench:render`: the explorer's canvas renderer against a plain D3 SVG renderer (one element per node and
// link, main-thread d3-force: the Neo4j Browser / Flourish way), both in headless chromium on the world network
// (seed/world/world-twin-cities.csv, the copy the project carries, ~18k places, ~26k ties; or a seeded synthetic graph of that size when
// the file is absent). Prints: data → first frame, layout settled, frame times while panning/zooming (median,
// p95), longest main-thread freeze; and the ratios. Then the real explorer page `/` against the real server and a
// Neo4j holding the world (tests/bench/app-load.ts): first drawn frame after navigation and the longest main-thread
// task until the layout settled; with BENCH_BEFORE_REF=<commit> the page built from that commit too, in turns, in
// the same run (before and after under the same load). `--app-only` skips the bench page. Serves on 127.0.0.1 only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { csvParse } from 'd3';
import express from 'express';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { Graph } from '../../core/schemas/graph.schema.ts';
import { syntheticGraph } from '../fixtures/synthetic-graph.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { type AppLoad, buildExplorer, importWorld, measureAppLoad, serveApp } from './app-load.ts';
import { benchDatabase } from './bench-database.ts';

const root = resolve(import.meta.dirname, '../..');
const csvPath = process.env.WORLD_CSV ?? resolve(root, 'seed/world/world-twin-cities.csv');
const outDir = resolve(root, 'dist/bench');
const ATTRIBUTION = ['Wikipedia contributors, CC BY-SA 4.0', '© OpenStreetMap contributors (ODbL)'];

/** The world CSV as the API's graph shape: places keyed by (name, country), undated ties (no dates in the file). */
function worldGraph(): { graph: Graph; from: string } {
  if (!existsSync(csvPath)) return { graph: syntheticGraph(17_717, 25_917, 7), from: 'synthetic (seeded), world size' };
  const rows = csvParse(readFileSync(csvPath, 'utf8'));
  const index = new Map<string, number>();
  const nodes: Graph['nodes'] = [];
  const place = (name: string, country: string, lat: string, lon: string) => {
    const key = `${name}\u0000${country}`;
    let i = index.get(key);
    if (i === undefined) {
      index.set(key, (i = nodes.length));
      nodes.push({
        id: `w-${i}`,
        type: 'city',
        nameRu: null,
        nameEn: name,
        country,
        lat: Number(lat),
        lon: Number(lon),
        degree: 0,
      });
    }
    nodes[i]!.degree++;
    return i;
  };
  const links: Graph['links'] = rows.map((r, n) => {
    const a = place(r.city1!, r.country1!, r.lat1!, r.lng1!);
    const b = place(r.city2!, r.country2!, r.lat2!, r.lng2!);
    return {
      id: `wl-${n}`,
      source: `w-${a}`,
      target: `w-${b}`,
      kind: 'twinning',
      kinds: ['twinning'],
      date: null,
      datePrecision: null,
      year: null,
      agreements: [],
      sources: ['wikipedia-twin-lists'],
    };
  });
  return { graph: { nodes, links, truncated: false, attribution: ATTRIBUTION }, from: csvPath };
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return { median: q(0.5), p95: q(0.95), n: s.length };
};

/** Drags across the view and zooms with the wheel, as a person would; returns the rAF frame intervals. */
async function panAndZoom(page: Page) {
  await page.evaluate(() => (window as any).bench.startFrames());
  await page.mouse.move(640, 400);
  await page.mouse.down();
  for (let s = 0; s < 40; s++) await page.mouse.move(640 - s * 6, 400 - s * 2);
  await page.mouse.up();
  for (let s = 0; s < 8; s++) await page.mouse.wheel(0, -120);
  await page.mouse.down();
  for (let s = 0; s < 40; s++) await page.mouse.move(400 + s * 6, 320 + s * 3);
  await page.mouse.up();
  for (let s = 0; s < 8; s++) await page.mouse.wheel(0, 120);
  return page.evaluate(() => (window as any).bench.stopFrames() as { frames: number[]; costs: number[] });
}

async function run(url: string, renderer: 'canvas' | 'svg') {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${url}/index.html?renderer=${renderer}`);
    await page.waitForFunction(() => (window as any).bench, null, { timeout: 120_000 });
    const first = await page.evaluate(() => ({
      marks: (window as any).bench.marks as Record<string, number>,
      firstFrameMs: (window as any).bench.firstFrameMs as number,
      nodes: (window as any).bench.nodes as number,
      links: (window as any).bench.links as number,
    }));
    let layout: { ms: number | null; ticks: number; settled: boolean };
    let pan;
    if (renderer === 'canvas') {
      await page.waitForFunction(() => (window as any).bench.layoutSettledMs() !== null, null, {
        timeout: 120_000,
        polling: 250,
      });
      layout = {
        ms: await page.evaluate(() => (window as any).bench.layoutSettledMs()),
        ticks: await page.evaluate(() => (window as any).bench.layoutTicks()),
        settled: true,
      };
      pan = await panAndZoom(page);
    } else {
      pan = await panAndZoom(page);
      const r = await page.evaluate(() => (window as any).bench.baselineLayout(30_000));
      layout = { ms: r.ms, ticks: r.ticks, settled: r.settled };
    }
    await page.waitForTimeout(3000); // let the last (time-sliced) redraw finish before the picture
    await page.screenshot({ path: resolve(root, `tests/artifacts/bench-${renderer}.png`) });
    const viewStats = renderer === 'canvas' ? await page.evaluate(() => (window as any).view.stats) : null;
    const longTasks = await page.evaluate(
      () =>
        (window as any).bench.longTasks().filter((t: { start: number }) => t.start >= (window as any).bench.tData) as {
          duration: number;
        }[],
    );
    return {
      renderer,
      ...first,
      layout,
      frame: stats(pan.frames),
      paint: stats(pan.costs.filter((c) => c > 0)),
      longestFreezeMs: Math.max(0, ...longTasks.map((t) => t.duration)),
      longTasks: longTasks.map((t) => Math.round(t.duration)),
      viewStats,
      errors,
    };
  } finally {
    await browser.close();
  }
}

/** The bench page: the canvas renderer against the plain D3 SVG baseline on the same data. */
async function benchPage() {
  const { graph, from } = worldGraph();
  console.log(`graph: ${graph.nodes.length} places, ${graph.links.length} ties — ${from}`);
  await build({
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rollupOptions: { input: { index: resolve(root, 'web/bench/index.html') } },
    },
  });
  const app = express();
  const json = JSON.stringify(graph);
  app.get('/bench/graph.json', (_req, res) => void res.type('application/json').send(json));
  app.use(express.static(resolve(outDir, 'bench')), express.static(outDir));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((r) => server.once('listening', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const canvas = await run(url, 'canvas');
    const svg = await run(url, 'svg');
    const f = (v: number | null) => (v === null || !Number.isFinite(v) ? '—' : `${v.toFixed(1)} ms`);
    const ratio = (a: number | null, b: number | null) => (a && b ? `${(b / a).toFixed(1)}×` : '—');
    const rows: [string, string, string, string][] = [
      ['data → first frame', f(canvas.firstFrameMs), f(svg.firstFrameMs), ratio(canvas.firstFrameMs, svg.firstFrameMs)],
      [
        'layout settled',
        f(canvas.layout.ms),
        `${f(svg.layout.ms)}${svg.layout.settled ? '' : ` (not settled: stopped after ${svg.layout.ticks} ticks)`}`,
        ratio(canvas.layout.ms, svg.layout.ms),
      ],
      [
        'frame, median (pan/zoom)',
        f(canvas.frame.median),
        f(svg.frame.median),
        ratio(canvas.frame.median, svg.frame.median),
      ],
      ['frame, p95 (pan/zoom)', f(canvas.frame.p95), f(svg.frame.p95), ratio(canvas.frame.p95, svg.frame.p95)],
      [
        'longest freeze (long task)',
        f(canvas.longestFreezeMs),
        f(svg.longestFreezeMs),
        ratio(canvas.longestFreezeMs, svg.longestFreezeMs),
      ],
    ];
    console.log(`\n| measure | canvas (explorer) | SVG baseline | baseline ÷ canvas |\n|---|---|---|---|`);
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log(
      `\nframes recorded: canvas ${canvas.frame.n}, svg ${svg.frame.n}; canvas paint work per frame: median ${f(canvas.paint.median)}, p95 ${f(canvas.paint.p95)}; layout ticks: ${canvas.layout.ticks}`,
    );
    console.log(
      `canvas long tasks (ms): ${canvas.longTasks.join(', ') || 'none'}; slowest drawing step ${f(canvas.viewStats?.maxStepMs)}, bitmap copy ${f(canvas.viewStats?.maxBlitMs)}, labels ${f(canvas.viewStats?.maxLabelsMs)}`,
    );
    console.log(
      `canvas start-up (ms after the data): ${Object.entries(canvas.marks)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ')}`,
    );
    console.log(
      `machine load average after the bench page: ${(await import('node:os')).loadavg()[0]!.toFixed(1)} (figures scale with it)`,
    );
    console.log(
      `goals: first frame ≤ 1500 ms ${canvas.firstFrameMs <= 1500 ? 'met' : 'MISSED'}; median frame ≤ 16 ms ${canvas.frame.median <= 1000 / 60 + 0.5 && canvas.paint.median <= 16 ? 'met (one vsync at 60 Hz; work per frame ' + f(canvas.paint.median) + ')' : 'MISSED'}; layout ≤ 10 s ${(canvas.layout.ms ?? Infinity) <= 10_000 ? 'met' : 'MISSED'}; no freeze > 200 ms ${canvas.longestFreezeMs <= 200 ? 'met' : 'MISSED'}`,
    );
    if (canvas.errors.length || svg.errors.length) console.log('page errors:', canvas.errors, svg.errors);
    return { graph: { nodes: graph.nodes.length, links: graph.links.length, from }, canvas, svg };
  } finally {
    server.close();
  }
}

/** The real page `/`: this tree's explorer (and, with BENCH_BEFORE_REF, that commit's), in turns, in one run. */
async function appPage() {
  const runs = Number(process.env.BENCH_APP_RUNS ?? 2);
  const before = process.env.BENCH_BEFORE_REF;
  const { db, stop } = await benchDatabase();
  const servers: { label: string; url: string; close(): Promise<void> }[] = [];
  const browser = await launchBrowser();
  try {
    await importWorld(db);
    const builds: [string, string, string?][] = [[`this tree`, resolve(root, 'dist/bench-app')]];
    if (before) builds.unshift([`before (${before})`, resolve(root, 'dist/bench-app-before'), before]);
    for (const [label, dir, ref] of builds) {
      await buildExplorer(dir, ref);
      servers.push({ label, ...(await serveApp(db, dir)) });
    }
    const results: AppLoad[] = [];
    for (let r = 0; r < runs; r++) for (const s of servers) results.push(await measureAppLoad(browser, s.url, s.label));
    const f = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '—');
    console.log(
      `\nthe real page / (world network from the real server, warmed; ${runs} run(s) each, in turns)\n| build | first drawn frame after navigation | longest task until settled | longest task before the first frame | tasks > 200 ms | layout settled | five longest tasks (ms) |\n|---|---|---|---|---|---|---|`,
    );
    const five = (xs: number[]) =>
      [...xs]
        .sort((a, b) => b - a)
        .slice(0, 5)
        .join(', ') || 'none';
    for (const x of results)
      console.log(
        `| ${x.label} | ${f(x.firstFrameMs)} | ${f(x.longestTaskMs)} | ${f(x.longestLoadingTaskMs)} | ${x.longTasks.filter((t) => t > 200).length} of ${x.longTasks.length} | ${f(x.settledMs)} | ${five(x.longTasks)} |`,
      );
    // Where the time went, from the page's own marks (a build without them prints none).
    const steps = [...new Set(results.flatMap((x) => Object.keys(x.marks)))].sort(
      (a, b) =>
        Math.min(...results.map((x) => x.marks[a] ?? Infinity)) -
        Math.min(...results.map((x) => x.marks[b] ?? Infinity)),
    );
    if (steps.length) {
      console.log(
        `\nstart-up marks, ms after navigation\n| build | ${steps.join(' | ')} |\n|---|${steps.map(() => '---').join('|')}|`,
      );
      for (const x of results) console.log(`| ${x.label} | ${steps.map((m) => x.marks[m] ?? '—').join(' | ')} |`);
    }
    const mine = results.filter((x) => x.label === 'this tree');
    const worst = (k: 'firstFrameMs' | 'longestTaskMs') => Math.max(...mine.map((x) => x[k]));
    console.log(
      `goals on /: first frame ≤ 1500 ms ${worst('firstFrameMs') <= 1500 ? 'met' : 'MISSED'} (worst ${f(worst('firstFrameMs'))}); no task > 200 ms ${worst('longestTaskMs') <= 200 ? 'met' : 'MISSED'} (longest ${f(worst('longestTaskMs'))})`,
    );
    for (const x of results) if (x.errors.length) console.log(`page errors (${x.label}):`, x.errors);
    return results;
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
    await stop();
  }
}

mkdirSync(resolve(root, 'tests/artifacts'), { recursive: true });
const page = process.argv.includes('--app-only') ? null : await benchPage();
const app = await appPage();
const os = await import('node:os');
console.log(
  `machine load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min) on ${os.cpus().length} cores`,
);
writeFileSync(resolve(root, 'tests/artifacts/bench-render.json'), JSON.stringify({ ...page, app }, null, 2));
