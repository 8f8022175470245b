// The page renders every field of ownercheck.report/1, whatever the core fills in today: the app
// is started here with a stand-in engine that answers a report written like the contract's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, requireBuilt, startServer, launch, watch, ready, settled } from './helpers.mjs';

let server;
let browser;
before(async () => { requireBuilt(); server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

const LOGIN = ['time,event,ip,country,city,user_agent',
  '2026-11-18T09:12:44Z,login,84.153.22.19,DE,Berlin,Chrome',
  '2026-11-18T10:40:00Z,login,102.89.1.1,NG,Lagos,<img src=x onerror=alert(1)>',
  '2026-11-18T10:45:00Z,password_reset,102.89.1.1,NG,Lagos,curl/8.0'].join('\n');
const LEDGER = ['"txid","refid","time","type","asset","amount"',
  '"L1","R1","2026-11-02 08:00:00","deposit","XXBT","0.4998"'].join('\n');
const REPLY = 'Hello,\nI lost my phone.\nMy last deposit was 0.5 BTC on 3 November.\nI always log in from Berlin.';
const CASE = { schema: 'ownercheck.case/1', case_id: 'T-1042', opened_at: '2026-11-20T14:03:00Z',
  evidence: [{ kind: 'logs', label: 'Login history', text: LOGIN }, { kind: 'logs', label: 'ledgers.csv', text: LEDGER },
    { kind: 'answers', label: 'Client reply', text: REPLY }] };
const REPORT = {
  schema: 'ownercheck.report/1', case_id: 'T-1042',
  assessment: { recommendation: 'suspected_takeover', owner_probability: 0.08,
    summary: 'Impossible travel to Lagos, then a password reset from a new device.',
    reasons: ['Berlin then Lagos in 88 minutes', 'password reset from the Lagos session'] },
  claims: [
    { id: 'C1', topic: 'last_deposit', text: 'My last deposit was 0.5 BTC on 3 November.', value: { amount: 0.5, asset: 'BTC', date: '2026-11-03' },
      source: { block: 2, line: 3 }, verdict: 'corroborated', weight: 1.6, evidence: [{ block: 1, line: 2 }],
      explanation: 'ledger shows a 0.4998 XXBT deposit on 2026-11-02 (amount within 1%, 1 day off)' },
    { id: 'C2', topic: 'usual_location', text: 'I always log in from Berlin.', value: { city: 'Berlin' },
      source: { block: 2, line: 4 }, verdict: 'contradicted', weight: -0.8, evidence: [{ block: 0, line: 3 }, { block: 0, line: 4 }],
      explanation: 'the last two sessions are from Lagos' },
  ],
  signals: [
    { id: 'S2', kind: 'new_device', severity: 'low', weight: -0.3, evidence: [{ block: 0, line: 4 }], explanation: 'curl/8.0 never seen before' },
    { id: 'S1', kind: 'impossible_travel', severity: 'high', weight: -2.3, evidence: [{ block: 0, line: 2 }, { block: 0, line: 3 }],
      explanation: 'Berlin 09:12 UTC then Lagos 10:40 UTC: 4,980 km in 88 min (3,395 km/h)' },
    { id: 'S3', kind: 'security_change', severity: 'medium', weight: -1, evidence: [{ block: 0, line: 4 }], explanation: 'password reset' },
  ],
  ingest: [
    { block: 0, format: 'csv', format_reason: 'comma-separated with a header', rows: 3, events: 3, skipped: 0, warnings: [] },
    { block: 1, format: 'kraken_ledger', format_reason: 'Kraken ledger header', rows: 1, events: 1, skipped: 1,
      warnings: [{ line: 2, message: "unparseable timestamp '31/31/2026'" }] },
  ],
  next_questions: ['Which device did you use on 18 November?'],
  reply_draft: { language: 'en', text: 'Hello,\nplease tell us which device you used on 18 November.' },
  notes: ['stand-in report'],
  fingerprint: 'sha256:00',
};

test('every report field is rendered, in order, as text, with working citations', async () => {
  const html = readFileSync(join(ROOT, 'dist', 'web', 'index.html'), 'utf8')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace('<script type="module" src="main.mjs"></script>', `<script type="module">
      import { startApp } from './app.mjs';
      const report = ${JSON.stringify(REPORT)};
      startApp({ kind: 'stand-in', reset() {}, async call(op, payload) {
        if (op === 'init') return { version: 'stand-in', crypto: false };
        if (op === 'analyze') return { report, ms: 1 };
        if (op === 'render') return { text: '# report' };
        throw Object.assign(new Error('unsupported'), { code: 'unsupported' });
      } });
    </script>`);
  const page = await browser.context.newPage();
  const seen = watch(page, [server.origin]);
  await page.route(`${server.url}__render.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${server.url}__render.html`);
  await ready(page);
  await page.evaluate((c) => window.ownercheck.loadCase(c), CASE);
  await settled(page);

  assert.equal(await page.getByTestId('recommendation').textContent(), 'suspected_takeover');
  assert.match(await page.getByTestId('verdict-banner').textContent(), /Suspected takeover/);
  assert.equal(await page.getByTestId('probability').textContent(), '8%');
  assert.deepEqual(await page.locator('[data-testid="reasons"] li').allTextContents(), REPORT.assessment.reasons);
  // Claims: the client's words, topic, verdict as icon + word.
  const rows = page.getByTestId('claim-row');
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).textContent(), /My last deposit was 0\.5 BTC.*last_deposit.*✔ corroborated/);
  assert.match(await rows.nth(1).textContent(), /✖ contradicted/);
  // Signals ordered by severity, each with its word.
  assert.deepEqual(await page.getByTestId('signal').evaluateAll((l) => l.map((x) => x.dataset.severity)), ['high', 'medium', 'low']);
  assert.match(await page.getByTestId('signal').first().textContent(), /HIGH.*impossible_travel.*3,395 km\/h/);
  // Ingest with its warning, next questions, reply draft, notes.
  assert.match(await page.getByTestId('ingest-status').textContent(), /kraken_ledger.*unparseable timestamp '31\/31\/2026'/s);
  assert.match(await page.getByTestId('next-questions').textContent(), /Which device/);
  assert.match(await page.getByTestId('reply-draft').textContent(), /which device you used/);
  assert.match(await page.getByTestId('notes').textContent(), /stand-in report/);

  // Clicking a verdict shows its cited lines; the contradicted one cites two Login history lines.
  await rows.nth(1).getByTestId('claim-verdict').click();
  assert.deepEqual(await page.getByTestId('cited-line').evaluateAll((l) => l.map((x) => Number(x.dataset.line))), [3, 4]);
  assert.match(await page.getByTestId('cited-lines').textContent(), /Login history/);
  assert.match(await page.getByTestId('cited-line').first().textContent(), /<img src=x onerror=alert\(1\)>/);
  // The selected text in the block is the first cited line.
  const selected = await page.getByTestId('logs-input').first().evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(selected, LOGIN.split('\n')[2]);
  // A signal's severity button cites its lines too; a warning's line button as well.
  await page.getByTestId('signal').first().locator('button.sev').click();
  assert.deepEqual(await page.getByTestId('cited-line').evaluateAll((l) => l.map((x) => Number(x.dataset.line))), [2, 3]);
  await page.getByTestId('ingest-status').locator('.cite').first().click();
  assert.match(await page.getByTestId('cited-lines').textContent(), /ledgers\.csv — line 2/);
  // Claims pinned on the timeline at their dates.
  assert.equal(await page.locator('svg.timeline g.pin').count(), 1);
  assert.ok(await page.locator('svg.timeline g.event:not(.pin)').count() >= 4);

  // Print view: inputs and buttons hidden, the verdict kept.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.inputs').isVisible(), false);
  assert.equal(await page.getByTestId('verdict-banner').isVisible(), true);
  assert.equal(await page.getByTestId('copy-markdown').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });

  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.deepEqual(seen.foreignRequests, []);
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.dialogs, []);
  await page.close();
});
