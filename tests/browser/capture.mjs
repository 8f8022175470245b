// Not a test: saves light and dark screenshots of the workbench with an example case analysed
// (docs/screenshots/) and measures what a specialist waits for and downloads, in chromium.
//   node tests/browser/capture.mjs     (after scripts/build.sh web)
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, startServer, launch, watch, ready, settled, readCase, sampleCases } from './helpers.mjs';

// OWNERCHECK_SCREENSHOTS=/some/dir to write them elsewhere (e.g. to measure without touching docs/).
const out = process.env.OWNERCHECK_SCREENSHOTS || join(ROOT, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await launch({ viewport: { width: 1280, height: 1000 } });
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(server.url);
    await ready(page);
    await page.evaluate((c) => window.ownercheck.loadCase(c), readCase(sampleCases()[1]));
    await settled(page);
    await page.locator('svg.timeline g.event').first().click().catch(() => {});
    await page.screenshot({ path: join(out, `workbench-${scheme}.png`), fullPage: false });
    await page.close();
  }

  // Time to ready: navigation start -> the engine answered (html[data-ready]); time to tables:
  // navigation start -> every data table handed over (html[data-tables="done"]); median of 5 cold loads.
  const times = [];
  const tableTimes = [];
  let transferred = 0;
  let transferredWithTables = 0;
  const gzipOf = (urls) => {
    let n = 0;
    const dir = join(ROOT, 'dist', 'web');
    for (const url of new Set(urls)) {
      const file = join(dir, new URL(url).pathname === '/' ? 'index.html' : new URL(url).pathname);
      try { n += gzipSync(readFileSync(file), { level: 9 }).length; } catch (_) { /* not a file */ }
    }
    return n;
  };
  for (let i = 0; i < 5; i++) {
    const { context, close } = await launch();
    const page = await context.newPage();
    const seen = watch(page, [server.origin]);
    const t0 = Date.now();
    await page.goto(server.url);
    await ready(page, { tables: false });
    const atReady = [...seen.requests];
    times.push(Date.now() - t0);
    const inPage = await page.evaluate(() => Math.round(performance.getEntriesByName('ownercheck-ready')[0]?.startTime || 0));
    times[times.length - 1] = inPage || times[times.length - 1];
    await ready(page);
    tableTimes.push(await page.evaluate(() => Math.round(performance.getEntriesByName('ownercheck-tables')[0]?.startTime || 0)));
    if (i === 0) {
      // The first screen: what was requested until the engine was ready (the tables come after).
      transferred = gzipOf(atReady.filter((u) => !/\/data\//.test(u)));
      transferredWithTables = gzipOf(seen.requests);
    }
    await close();
  }
  times.sort((a, b) => a - b);
  tableTimes.sort((a, b) => a - b);
  const single = join(ROOT, 'dist', 'ownercheck.html');
  const page = await browser.context.newPage();
  const t0 = Date.now();
  await page.goto(pathToFileURL(single).href);
  await ready(page, { tables: false });
  const singleReady = await page.evaluate(() => Math.round(performance.getEntriesByName('ownercheck-ready')[0]?.startTime || 0)) || Date.now() - t0;
  const gzipDir = (d) => readdirSync(d, { withFileTypes: true }).filter((e) => e.isFile())
    .reduce((n, e) => n + gzipSync(readFileSync(join(d, e.name)), { level: 9 }).length, 0);
  const distGzip = gzipDir(join(ROOT, 'dist', 'web'));
  const dataGzip = gzipDir(join(ROOT, 'dist', 'web', 'data'));
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(JSON.stringify({
    screenshots: readdirSync(out).map((f) => `${join(out, f)} (${kb(statSync(join(out, f)).size)})`),
    page_weight_gzip_first_screen: kb(transferred),
    page_weight_gzip_with_tables: kb(transferredWithTables),
    time_to_tables_loaded_ms: { median: tableTimes[2], min: tableTimes[0], max: tableTimes[4], runs: tableTimes },
    dist_web_gzip_total: kb(distGzip + dataGzip),
    dist_web_data_gzip: kb(dataGzip),
    single_file: `${kb(statSync(single).size)} raw, ${kb(gzipSync(readFileSync(single), { level: 9 }).length)} gzip`,
    time_to_ready_ms: { median: times[2], min: times[0], max: times[4], runs: times },
    single_file_time_to_ready_ms: singleReady,
  }, null, 1));
} finally {
  await browser.close();
  await server.stop();
}
