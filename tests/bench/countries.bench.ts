// `npm run bench:countries`: only the country view's first render (tests/bench/countries-render.ts), without the
// rest of `npm run bench:analytics` (which runs it last). Uses NEO4J_URI when set, else a fresh database on
// BENCH_BOLT_PORT with the world imported first. BENCH_RUNS: how many runs (default 7); BENCH_SCREENSHOTS=<dir>:
// also the pictures of the world that docs/analytics.md shows, saved there.
import { benchDatabase } from './bench-database.ts';
import { measureCountriesRender, reportCountriesRender } from './countries-render.ts';

const { db, stop } = await benchDatabase();
try {
  reportCountriesRender(await measureCountriesRender(db, Number(process.env.BENCH_RUNS ?? 7)));
} finally {
  await stop();
}
