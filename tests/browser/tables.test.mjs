// The data tables (IP networks, ASN names, cities) load lazily: the first screen and the first
// analysis do not wait for them; once they are in, the analysis is re-run and agrees with the
// native CLI (which reads the same tables from build/data/). A corrupted table is refused with a
// message, and loading them makes no request beyond the page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { ROOT, SHARED_CASES, requireBuilt, startServer, launch, watch, readCase, cliReport, ready, essence } from './helpers.mjs';

// A case whose attacker logs in from a hosting provider's network: only the IP tables tell.
const HOSTING_CASE = join(SHARED_CASES, 'P-0010.json');
const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'web', 'data', 'tables.json'), 'utf8'));

let server;
let browser;
before(async () => { requireBuilt(); server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

const notLoadedNotes = (report) => (report.notes || []).filter((n) => /not loaded/i.test(n));
const hosting = (report) => report.signals.filter((s) => s.kind === 'hosting_or_vpn_ip').length;

test('the first analysis comes before the tables; then it is re-run with them and matches the CLI', async () => {
  const cli = cliReport(HOSTING_CASE);
  assert.ok(hosting(cli) > 0, 'the CLI (with build/data) sees the hosting IP');
  const cliWithout = cliReport(HOSTING_CASE, { dataDir: mkdtempSync(join(tmpdir(), 'ownercheck-nodata-')) });
  assert.equal(hosting(cliWithout), 0, 'without the tables the CLI does not');

  const page = await browser.context.newPage();
  const seen = watch(page, [server.origin]);
  // Hold the tables back a little so that the order is certain, not a race the tables could win.
  let held = 0;
  await page.route('**/data/*.mjs', async (route) => { held++; await new Promise((r) => setTimeout(r, 700)); await route.continue(); });
  await page.goto(server.url);
  await ready(page, { tables: false });
  const first = await page.evaluate(async (c) => {
    const report = await window.ownercheck.loadCase(c);
    return { report, tables: document.documentElement.dataset.tables, status: document.getElementById('data-status').textContent };
  }, readCase(HOSTING_CASE));
  assert.equal(first.tables, 'loading', `the first report waited for the tables (${first.status})`);
  assert.match(first.status, /Network and city data: (loading in the background|[0-5]\/6 loaded)/);
  assert.ok(notLoadedNotes(first.report).length > 0, 'the first report says which tables it lacked');
  assert.deepEqual(essence(first.report), essence(cliWithout), 'before the tables: the CLI without data');
  assert.equal((await page.getByTestId('recommendation').textContent()).trim(), cli.assessment.recommendation);

  await page.waitForSelector('html[data-tables="done"]', { state: 'attached', timeout: 60000 });
  const status = await page.getByTestId('data-status').textContent();
  assert.match(status, /Network and city data: 6\/6 loaded/);
  const report = await page.evaluate(() => window.ownercheck.analyze());
  assert.deepEqual(notLoadedNotes(report), []);
  assert.ok(hosting(report) > 0, 'hosting_or_vpn_ip once the tables are in');
  assert.deepEqual(essence(report), essence(cli));
  assert.deepEqual(report, cli, 'the whole report agrees with the CLI');
  // The page shows the re-run report, not the first one.
  assert.ok(await page.locator('[data-testid="signal"][data-kind="hosting_or_vpn_ip"]').count() > 0);
  assert.equal(await page.getByTestId('notes').locator('li', { hasText: 'not loaded' }).count(), 0);

  // At idle the worker warms the engine (op 'warm') so a big paste meets optimised code, and the
  // page keeps working afterwards with the same report.
  await page.waitForSelector('html[data-engine-warm="done"]', { state: 'attached', timeout: 60000 });
  assert.deepEqual(await page.evaluate(() => window.ownercheck.analyze()), cli, 'the same report after the warm-up');

  // The worker answers lookups with the tables too.
  const requests = seen.requests.filter((u) => /\/data\/[\w-]+\.mjs$/.test(u)).map((u) => new URL(u).pathname).sort();
  assert.deepEqual(requests, ['/data/tables.mjs', ...manifest.tables.map((t) => `/data/${t.name}.mjs`)].sort(), 'each table module once, from the page origin');
  assert.ok(held >= manifest.tables.length, 'the test held the table modules back');
  assert.deepEqual(seen.foreignRequests, [], 'no request outside the page origin');
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.pageErrors, []);
  // Attribution (CC BY 4.0): visible, with the DB-IP link.
  const dbip = page.getByTestId('about-data').getByRole('link', { name: 'IP Geolocation by DB-IP' });
  assert.equal(await dbip.getAttribute('href'), 'https://db-ip.com');
  assert.ok(await dbip.isVisible());
  assert.match(await page.getByTestId('about-data').textContent(), /RouteViews/);
  await page.close();
});

test('a corrupted table is refused with a message; the rest load and the page keeps working', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ownercheck-corrupt-'));
  let bad;
  try {
    cpSync(join(ROOT, 'dist', 'web'), dir, { recursive: true });
    // Flip one byte of the cities table inside its module (still valid gzip and base64).
    const file = join(dir, 'data', 'cities.mjs');
    const text = readFileSync(file, 'utf8');
    const m = /^export default "([A-Za-z0-9+/=]*)";$/m.exec(text);
    const bytes = gunzipSync(Buffer.from(m[1], 'base64'));
    bytes[bytes.length >> 1] ^= 0x5a;
    writeFileSync(file, text.replace(m[1], gzipSync(bytes).toString('base64')));
    bad = await startServer(dir);
    const page = await browser.context.newPage();
    const seen = watch(page, [bad.origin]);
    await page.goto(bad.url);
    await ready(page);
    const status = await page.getByTestId('data-status').textContent();
    assert.match(status, /5\/6 loaded/);
    assert.match(status, /cities: checksum mismatch/);
    assert.match(status, /refused/);
    assert.ok(await page.getByTestId('data-status').isVisible());
    const report = await page.evaluate((c) => window.ownercheck.loadCase(c), readCase(HOSTING_CASE));
    assert.ok(hosting(report) > 0, 'the IP tables still loaded');
    assert.ok((report.notes || []).some((n) => /city gazetteer not loaded/i.test(n)), 'the report says the cities are missing');
    assert.deepEqual(seen.foreignRequests, []);
    assert.deepEqual(seen.pageErrors, []);
    await page.close();
  } finally {
    await bad?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
