// Issue 2: the page analyses a pasted case like the native CLI does, and nothing leaves it.
// Run: node --test tests/browser/   (after scripts/build.sh native && scripts/build.sh web)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { requireBuilt, startServer, launch, watch, readCase, cliReport, sampleCases, ready, settled, essence } from './helpers.mjs';

let server;
let browser;
before(async () => { requireBuilt(); server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

/** Types a case into the form the way a specialist pastes it: fields, log blocks, the reply. */
async function pasteCase(page, c) {
  const a = c.account || {};
  const t = c.ticket || {};
  const fields = { opened_at: c.opened_at, case_id: c.case_id, email: a.email, created_at: a.created_at,
    residence_country: a.residence_country, name: a.name, 'ticket-from': t.from, 'ticket-headers': t.headers };
  for (const [id, value] of Object.entries(fields)) if (value) await page.getByTestId(`field-${id}`).fill(value);
  const logs = c.evidence.filter((e) => e.kind === 'logs');
  const answers = c.evidence.filter((e) => e.kind === 'answers');
  for (let i = 0; i < logs.length; i++) {
    if (i > 0) await page.getByTestId('add-block').click();
    await page.getByTestId('logs-label').nth(i).fill(logs[i].label);
    await page.getByTestId('logs-input').nth(i).fill(logs[i].text);
  }
  assert.equal(answers.length, 1, 'the sample cases have one reply');
  await page.getByTestId('answers-input').first().fill(answers[0].text);
}

for (const path of sampleCases()) {
  test(`pasting ${basename(path)} into the page gives the CLI's verdict, claims and signals`, async () => {
    const c = readCase(path);
    const cli = cliReport(path);
    const page = await browser.context.newPage();
    const seen = watch(page, [server.origin]);
    await page.goto(server.url);
    await ready(page);
    await pasteCase(page, c);
    await page.getByTestId('analyse').click();
    await settled(page);

    const recommendation = (await page.getByTestId('recommendation').textContent()).trim();
    assert.equal(recommendation, cli.assessment.recommendation);
    const report = await page.evaluate(() => window.ownercheck.report());
    assert.deepEqual(essence(report), essence(cli));

    // The rendered tables say the same as the report.
    const rows = await page.getByTestId('claim-row').evaluateAll((trs) => trs.map((tr) => `${tr.dataset.topic}:${tr.dataset.verdict}`).sort());
    assert.deepEqual(rows, cli.claims.map((x) => `${x.topic}:${x.verdict}`).sort());
    const signals = await page.getByTestId('signal').evaluateAll((lis) => lis.map((li) => `${li.dataset.kind}:${li.dataset.severity}`).sort());
    assert.deepEqual(signals, cli.signals.map((s) => `${s.kind}:${s.severity}`).sort());
    assert.equal(await page.getByTestId('ingest-row').count(), c.evidence.filter((e) => e.kind === 'logs').length);

    assert.deepEqual(seen.foreignRequests, [], 'the page made requests beyond its own origin');
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.pageErrors, []);
    await page.close();
  });

  test(`window.ownercheck.loadCase(${basename(path)}) returns the CLI's report`, async () => {
    const cli = cliReport(path);
    const page = await browser.context.newPage();
    const seen = watch(page, [server.origin]);
    await page.goto(server.url);
    await ready(page);
    const report = await page.evaluate((c) => window.ownercheck.loadCase(c), readCase(path));
    // Same evidence in the same order: the whole report agrees, fingerprint included (the form
    // rebuilds the same canonical case).
    assert.deepEqual(report, cli);
    assert.equal((await page.getByTestId('recommendation').textContent()).trim(), cli.assessment.recommendation);
    assert.deepEqual(seen.foreignRequests, []);
    assert.deepEqual(seen.consoleErrors, []);
    await page.close();
  });
}

test('the Content-Security-Policy forbids connections, and the page still works offline', async () => {
  const page = await browser.context.newPage();
  const seen = watch(page, [server.origin]);
  await page.goto(server.url);
  await ready(page);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /connect-src 'none'/);
  assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'/);
  // A fetch from the page is refused by the policy, not sent.
  const blocked = await page.evaluate(() => fetch('./index.html').then(() => 'sent', () => 'blocked'));
  assert.equal(blocked, 'blocked');
  // Offline: the engine is already loaded; analysis keeps working with the network gone.
  await browser.context.setOffline(true);
  await page.getByTestId('answers-input').fill('I lost my phone. My last deposit was 0.5 BTC on 2 November.');
  await page.getByTestId('analyse').click();
  await settled(page);
  assert.ok(['owner_verified', 'needs_more_info', 'suspected_takeover'].includes((await page.getByTestId('recommendation').textContent()).trim()));
  await browser.context.setOffline(false);
  assert.deepEqual(seen.foreignRequests, []);
  assert.ok(seen.consoleErrors.every((e) => /Content Security Policy|connect-src/.test(e)), seen.consoleErrors.join('\n'));
  await page.close();
});

test('a case with "auto" blocks and no labels round-trips exactly (same fingerprint as the CLI)', async () => {
  const c = { schema: 'ownercheck.case/1', evidence: [
    { kind: 'auto', text: 'time,event,ip\n2026-11-18T09:12:44Z,login,84.153.22.19' },
    { kind: 'answers', text: 'I lost my phone. I last logged in on 18 November.' }] };
  const dir = mkdtempSync(join(tmpdir(), 'ownercheck-case-'));
  const file = join(dir, 'auto.json');
  writeFileSync(file, JSON.stringify(c));
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await ready(page);
    const report = await page.evaluate((x) => window.ownercheck.loadCase(x), c);
    assert.deepEqual(report, cliReport(file));
    assert.deepEqual(await page.evaluate(() => window.ownercheck.currentCase()), c);
    await page.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
