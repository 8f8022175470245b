// dist/ownercheck.html: one self-contained file that works opened from file:// and inside an
// <iframe> of another page (wiki embedding), making no request at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, requireBuilt, launch, watch, readCase, cliReport, dataSubset, sampleCases, ready } from './helpers.mjs';

const SINGLE = join(ROOT, 'dist', 'ownercheck.html');
const SINGLE_URL = pathToFileURL(SINGLE).href;
let browser;
let dir;
let citiesOnly; // the single file carries only the cities table: compare with the CLI given just that
before(async () => { requireBuilt(); browser = await launch(); dir = mkdtempSync(join(tmpdir(), 'ownercheck-host-')); citiesOnly = dataSubset(['cities']); });
after(async () => {
  await browser?.close();
  for (const d of [dir, citiesOnly]) if (d) rmSync(d, { recursive: true, force: true });
});

test('the single file is one file with the wasm inside', () => {
  const html = readFileSync(SINGLE, 'utf8');
  assert.ok(statSync(SINGLE).size > 300 * 1024, 'the wasm (gzip, base64) is inlined');
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet|<img[^>]+src=/, 'it refers to no other file');
  assert.match(html, /connect-src 'none'/);
});

test('opened from file:// it analyses a case like the CLI, with no request but its own file', async () => {
  const page = await browser.context.newPage();
  const seen = watch(page, [SINGLE_URL]);
  await page.goto(SINGLE_URL);
  await ready(page);
  const status = await page.getByTestId('data-status').textContent();
  assert.match(status, /1\/6 loaded/);
  assert.match(status, /\(cities\)/);
  assert.match(status, /Not in this build: [a-z0-9, -]*asn-ipv4/);
  for (const path of sampleCases()) {
    const cli = cliReport(path, { dataDir: citiesOnly });
    assert.ok((cli.notes || []).some((n) => /IP network table not loaded/i.test(n)), 'the CLI without the IP tables says so');
    const report = await page.evaluate((c) => window.ownercheck.loadCase(c), readCase(path));
    assert.equal(report.assessment.recommendation, cli.assessment.recommendation);
    assert.deepEqual(report.claims.map((x) => `${x.topic}:${x.verdict}`), cli.claims.map((x) => `${x.topic}:${x.verdict}`));
    assert.deepEqual(report.signals.map((x) => `${x.kind}:${x.severity}`).sort(), cli.signals.map((x) => `${x.kind}:${x.severity}`).sort());
    assert.deepEqual(report.notes, cli.notes);
    assert.equal((await page.getByTestId('recommendation').textContent()).trim(), cli.assessment.recommendation);
  }
  assert.deepEqual(seen.requests.filter((u) => u !== SINGLE_URL && !u.startsWith('data:')), []);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.pageErrors, []);
  await page.close();
});

test('inside an <iframe> of a file:// page it can be filled and analysed', async () => {
  const host = join(dir, 'wiki.html');
  writeFileSync(host, `<!doctype html><title>Wiki: account recovery</title><h1>Runbook</h1>
<iframe id="oc" src="${SINGLE_URL}" title="ownercheck" width="1200" height="900"></iframe>`);
  const page = await browser.context.newPage();
  const seen = watch(page, [pathToFileURL(dir).href, SINGLE_URL]);
  await page.goto(pathToFileURL(host).href);
  const frame = page.frameLocator('#oc');
  await frame.getByTestId('engine-status').filter({ hasText: 'Ready' }).waitFor();
  const [path] = sampleCases().slice(-1);
  const c = readCase(path);
  const cli = cliReport(path, { dataDir: citiesOnly });
  const logs = c.evidence.filter((e) => e.kind === 'logs');
  for (let i = 0; i < logs.length; i++) {
    if (i > 0) await frame.getByTestId('add-block').click();
    await frame.getByTestId('logs-input').nth(i).fill(logs[i].text);
  }
  await frame.getByTestId('answers-input').first().fill(c.evidence.find((e) => e.kind === 'answers').text);
  if (c.opened_at) await frame.getByTestId('field-opened_at').fill(c.opened_at);
  await frame.getByTestId('analyse').click();
  await frame.locator('[data-testid="results"][aria-busy="false"]').waitFor({ state: 'attached' });
  await frame.getByTestId('recommendation').filter({ hasText: /\w/ }).waitFor();
  assert.equal((await frame.getByTestId('recommendation').textContent()).trim(), cli.assessment.recommendation);
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
  assert.deepEqual(seen.pageErrors, []);
  await page.close();
});
