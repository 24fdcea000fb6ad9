// `npm run bench:embed`: time to the first render of a one-city embed (/embed?focus=ru-kaluga) in headless
// Chromium on localhost — from navigation start to the embed's 'pobratim:rendered' mark (data fetched, laid
// out, drawn) — against the 1 s budget, measured in the same run, without the response cache (what the
// first reader after a change waits) and with it (every later reader). Uses NEO4J_URI or a local Neo4j
// (NEO4J_BOLT_PORT, NEO4J_DATA_DIR), seeded if empty, and the web build in dist/web (`npm run build` first).
import { pino } from 'pino';
import { readEnv } from '../../server/config.ts';
import { connect } from '../../server/startup/connect.ts';
import { prepareDatabase } from '../../server/startup/prepare-database.ts';
import { defaultWebRoot } from '../../server/app.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveApp } from '../helpers/embed-servers.ts';

const RUNS = Number(process.env.RUNS ?? 15);
const BUDGET_MS = 1000;
const url = '/embed?focus=ru-kaluga';

const conn = await connect(readEnv(), (m) => console.error(m));
await prepareDatabase(conn.db, { seed: 'auto', logger: pino({ level: 'silent' }) }).done;
const browser = await launchBrowser();
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** RUNS cold browser loads of the embed from an app with the given response cache bound (0: off). */
async function measure(label: string, responseCacheMb: number) {
  const app = await serveApp(conn.db, defaultWebRoot, responseCacheMb);
  try {
    const times: number[] = [],
      server: number[] = [],
      parsed: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const context = await browser.newContext(); // a cold browser cache each time
      const page = await context.newPage();
      await page.goto(app.url + url);
      await page.waitForSelector('html[data-rendered="true"]');
      const [ms, nav] = await page.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return [
          performance.getEntriesByName('pobratim:rendered')[0]!.startTime,
          { server: n.responseEnd - n.requestStart, parsed: n.domInteractive },
        ] as const;
      });
      if (i > 0) {
        times.push(ms);
        server.push(nav.server);
        parsed.push(nav.parsed);
      } // run 0 warms the server (Cypher plans, JIT) and fills the cache
      await context.close();
    }
    times.sort((a, b) => a - b);
    const median = med(times);
    console.log(
      `${label}: first render median ${median.toFixed(0)} ms, p90 ${times[Math.floor(times.length * 0.9)]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms over ${RUNS} cold loads`,
    );
    console.log(
      `  of which (medians): page request → response ${med(server).toFixed(0)} ms; HTML parsed (domInteractive) at ${med(parsed).toFixed(0)} ms; budget ${BUDGET_MS} ms → ratio ${(median / BUDGET_MS).toFixed(2)}`,
    );
  } finally {
    await app.close();
  }
}

try {
  console.log(`${url} in headless Chromium`);
  // Each reader rendered anew (the first reader after a change), then every later reader (the response cache).
  await measure('cache off (each load gathers, lays out and renders)', 0);
  await measure('cache on (later readers of an unchanged graph)', 64);
} finally {
  await browser.close();
  await conn.close();
}
