// The country view's first render in Chromium (issue 18's benchmark, goal ≤ 500 ms): the real explorer page on the
// world network from the real server, its /api/analytics/countries answer already in the server's cache; the time
// from the click on the Countries tab (once the network's layout has settled) to the first animation frame after
// the chord diagram is in the page, a new page each run (so the tab is built for the first time), median of the runs. Used by analytics.bench.ts and
// countries.bench.ts.
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Database } from '../../server/db/database.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildExplorer, importWorld, serveApp } from './app-load.ts';

const root = resolve(import.meta.dirname, '../..');
export const GOAL_MS = 500;

export interface CountriesRender {
  runs: number[];
  median: number;
  /** The fetch of the cached answer within each run (Resource Timing), median. */
  fetchMedian: number;
  ribbons: number;
  errors: string[];
}

// A string, not a function: tsx would wrap a function's inner names in a helper the page does not have.
const SWITCH_AND_WAIT = `new Promise((done) => {
  const start = performance.now();
  const drawn = () => document.querySelector('.country-chord[data-ready] .chord-ribbon');
  const finish = () => requestAnimationFrame(() => {
    const entry = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/analytics/countries?') || e.name.endsWith('/api/analytics/countries')).pop();
    done({ ms: performance.now() - start, fetchMs: entry ? entry.duration : NaN, ribbons: document.querySelectorAll('.chord-ribbon').length });
  });
  const observer = new MutationObserver(() => { if (drawn()) { observer.disconnect(); finish(); } });
  observer.observe(document.body, { childList: true, subtree: true });
  document.getElementById('tab-countries').click();
})`;

const SETTLED = `
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => void (e.data && e.data.settled === true && (window.settled = true)));
    }
  };
`;

async function once(browser: Browser, url: string, errors: string[]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    // The view's own time, not the network's: switched once the layout worker says the network has settled.
    await page.addInitScript({ content: SETTLED });
    await page.goto(`${url}/`);
    await page.waitForFunction(() => (window as unknown as { settled?: boolean }).settled === true, null, {
      timeout: 180_000,
      polling: 200,
    });
    await page.waitForTimeout(500);
    return (await page.evaluate(SWITCH_AND_WAIT)) as { ms: number; fetchMs: number; ribbons: number };
  } finally {
    await page.close();
  }
}

/** With BENCH_SCREENSHOTS=<dir>: the pictures docs/analytics.md shows, of the world (the test graph has 2 countries). */
async function screenshots(browser: Browser, url: string, dir: string) {
  const shot = async (query: string, viewport: { width: number; height: number }, name: string, pick?: string) => {
    const page = await browser.newPage({ viewport });
    try {
      await page.goto(`${url}/${query}`);
      await page.waitForSelector('.country-chord[data-ready] .chord-ribbon', { timeout: 120_000 });
      if (pick) {
        await page.locator(pick).first().focus();
        await page.keyboard.press('Enter');
        await page.waitForSelector('.pair-ties tbody tr, .country-panel .central-places li', { timeout: 60_000 });
        await page.locator(pick).first().focus(); // the tip, as a reader sees it
      }
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${dir}/${name}` });
    } finally {
      await page.close();
    }
  };
  await shot(
    '?tab=countries',
    { width: 1280, height: 800 },
    'analytics-countries-ru.png',
    '.chord-ribbon[data-pair="BY-RU"]',
  );
  await shot(
    '?tab=countries&lang=en',
    { width: 1280, height: 800 },
    'analytics-countries-country-en.png',
    '.chord-arc[data-country="RU"]',
  );
  await shot('?tab=countries', { width: 390, height: 844 }, 'analytics-countries-phone-ru.png');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Builds this tree's explorer, serves it against `db` (the world imported if it is not there) and measures. */
export async function measureCountriesRender(db: Database, runs = 7): Promise<CountriesRender> {
  await importWorld(db);
  const webRoot = resolve(root, 'dist/bench-countries');
  await buildExplorer(webRoot);
  const app = await serveApp(db, webRoot);
  const browser = await launchBrowser();
  const errors: string[] = [];
  try {
    await (await fetch(`${app.url}/api/analytics/countries`)).arrayBuffer(); // the server's cache, warmed
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await once(browser, app.url, errors));
    const ms = results.map((r) => r.ms);
    const measured = {
      runs: ms,
      median: median(ms),
      fetchMedian: median(results.map((r) => r.fetchMs)),
      ribbons: results[0]?.ribbons ?? 0,
      errors,
    };
    const shots = process.env.BENCH_SCREENSHOTS;
    if (shots) await screenshots(browser, app.url, shots).catch((e: Error) => errors.push(`screenshots: ${e.message}`));
    return measured;
  } finally {
    await browser.close();
    await app.close();
  }
}

export function reportCountriesRender(r: CountriesRender): void {
  console.log(
    `the country view's first render in Chromium (world, answer cached; ${r.runs.length} runs, ${r.ribbons} ribbons): ` +
      `median ${r.median.toFixed(0)} ms (of which the cached answer's fetch ${r.fetchMedian.toFixed(0)} ms), ` +
      `runs ${r.runs.map((x) => x.toFixed(0)).join(', ')} ms — goal ≤ ${GOAL_MS} ms ${r.median <= GOAL_MS ? 'met' : 'MISSED'}`,
  );
  if (r.errors.length) console.log('page errors:', r.errors);
}
