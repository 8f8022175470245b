// Issue 7: the workbench — files dropped in, attacker strings kept as text, encrypted case files,
// exports, highlighting, clearing, embedding by postMessage, keyboard and dark mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { ROOT, requireBuilt, startServer, launch, watch, readCase, cliReport, cliText, sampleCases, ready, settled } from './helpers.mjs';

let server;
let browser;
before(async () => { requireBuilt(); server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function open(options = {}) {
  const page = await browser.context.newPage();
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  const seen = watch(page, [server.origin]);
  await page.goto(server.url);
  await ready(page);
  return { page, seen };
}

function clean(seen) {
  assert.deepEqual(seen.foreignRequests, [], 'requests beyond the page origin');
  assert.deepEqual(seen.consoleErrors, [], 'console errors');
  assert.deepEqual(seen.pageErrors, [], 'page errors');
  assert.deepEqual(seen.dialogs, [], 'dialogs');
}

/** Waits until the page's iframe whose URL ends with `suffix` has its engine ready; returns the frame. */
export async function frameReady(page, suffix) {
  for (let i = 0; i < 300; i++) {
    const frame = page.frames().find((f) => f.url().endsWith(suffix));
    if (frame && await frame.evaluate(() => document.documentElement.dataset.ready === 'true' && document.documentElement.dataset.tables === 'done').catch(() => false)) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(`the frame ${suffix} did not get ready; frames: ${page.frames().map((f) => f.url()).join(' ')}`);
}

/** Drops a file (name, text) on the element with that data-testid, as a drag from the desktop would. */
async function drop(page, testid, name, text, nth = 0) {
  await page.evaluate(({ testid, name, text, nth }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'text/plain' }));
    const target = document.querySelectorAll(`[data-testid="${testid}"]`)[nth];
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { testid, name, text, nth });
}

// A dropped file is read asynchronously: wait (bounded) until the input holds its text.
async function inputHolds(page, testid, nth, text) {
  await page.waitForFunction(({ testid, nth, text }) => {
    const el = document.querySelectorAll(`[data-testid="${testid}"]`)[nth];
    return el && el.value === text;
  }, { testid, nth, text }, { timeout: 10000 }).catch(() => {});
}

const EVIL_UA = '<img src=x onerror=alert(1)>';
const EVIL_CASE = {
  schema: 'ownercheck.case/1', case_id: '<b>T-1</b>', opened_at: '2026-11-20T14:03:00Z',
  account: { email: 'victim@example.com', name: '<script>alert(2)</script>', residence_country: 'DE' },
  ticket: { from: '"><svg onload=alert(3)>@example.com', headers: 'Subject: <iframe src=javascript:alert(4)>' },
  evidence: [
    { kind: 'logs', label: '<img src=y onerror=alert(5)>', text: `time,event,ip,country,user_agent\n2026-11-19T10:00:00Z,login,203.0.113.9,DE,"${EVIL_UA}"\n2026-11-19T10:05:00Z,password_reset,203.0.113.9,DE,"${EVIL_UA}"` },
    { kind: 'answers', label: 'Client reply', text: `My name is <script>alert(6)</script> and I use ${EVIL_UA} on 19 November.` },
  ],
};

test('attacker-controlled strings render as text: no dialog, no injected element', async () => {
  const { page, seen } = await open();
  await page.evaluate((c) => window.ownercheck.loadCase(c), EVIL_CASE);
  await settled(page);
  assert.equal(await page.locator('img[src="x"], img[src="y"], svg[onload], iframe, script:not([src]):not([type])').count(), 0);
  assert.equal(await page.getByTestId('logs-input').first().inputValue(), EVIL_CASE.evidence[0].text);
  assert.equal(await page.getByTestId('logs-label').first().inputValue(), EVIL_CASE.evidence[0].label);
  // The timeline shows the lines (titles are text); selecting one shows it as characters.
  const marks = page.locator('svg.timeline g.event');
  assert.ok(await marks.count() >= 2, 'the two dated lines are on the timeline');
  await marks.first().click();
  const cited = await page.getByTestId('cited-line').first().textContent();
  assert.ok(cited.includes(EVIL_UA), cited);
  await page.waitForTimeout(300);
  clean(seen);
  await page.close();
});

test('dropping log files fills blocks; dropping an .eml fills the reply and the ticket', async () => {
  const { page, seen } = await open();
  const csv = 'time,event,ip,country,city\n2026-11-10T08:00:00Z,login,84.153.22.19,DE,Munich\n2026-11-12T08:00:00Z,login,84.153.22.19,DE,Munich\n';
  await drop(page, 'logs-block', 'logins.csv', csv);
  await inputHolds(page, 'logs-input', 0, csv);
  assert.equal(await page.getByTestId('logs-input').first().inputValue(), csv);
  assert.equal(await page.getByTestId('logs-label').first().inputValue(), 'logins.csv');
  const jsonl = '{"ts": 1794650400, "event": "login", "ip": "167.99.41.203"}\n';
  await page.getByTestId('add-block').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="logs-block"]').length >= 2);
  await drop(page, 'logs-block', 'events.jsonl', jsonl, 1);
  await inputHolds(page, 'logs-input', 1, jsonl);
  assert.equal(await page.getByTestId('logs-input').nth(1).inputValue(), jsonl);
  const eml = [
    'Received: from [84.153.22.19] by mail.posteo.de; Sun, 15 Nov 2026 09:28:12 +0000',
    'From: Jonas Weber <jonas.weber@posteo.de>',
    'Subject: =?utf-8?Q?Zugang_verloren?=',
    'Date: Sun, 15 Nov 2026 09:28:12 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'I lost my phone. My last deposit was 0.75 ETH on 30 October. Gr=C3=BC=C3=9Fe',
    '--b1',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>I lost my phone.</p>',
    '--b1--',
    ''].join('\r\n');
  await drop(page, 'answers-block', 'reply.eml', eml);
  await inputHolds(page, 'answers-input', 0, 'I lost my phone. My last deposit was 0.75 ETH on 30 October. Grüße');
  assert.equal(await page.getByTestId('answers-input').first().inputValue(), 'I lost my phone. My last deposit was 0.75 ETH on 30 October. Grüße');
  assert.equal(await page.getByTestId('field-ticket-from').inputValue(), 'jonas.weber@posteo.de');
  assert.match(await page.getByTestId('field-ticket-headers').inputValue(), /^Received: from \[84\.153\.22\.19\]/);
  assert.equal(await page.getByTestId('field-opened_at').inputValue(), '2026-11-15T09:28:12Z');
  // Analysis ran by itself (as you type / drop), and reports both blocks.
  await settled(page);
  assert.equal(await page.getByTestId('ingest-row').count(), 2);
  const report = await page.evaluate(() => window.ownercheck.report());
  assert.equal(report.ingest.length, 2);
  clean(seen);
  await page.close();
});

test('encrypted save then open round-trips; a wrong passphrase is refused', async () => {
  const { page, seen } = await open();
  const [path] = sampleCases();
  const c = readCase(path);
  const before = await page.evaluate((x) => window.ownercheck.loadCase(x), c);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByTestId('save-case').click();
      await page.getByTestId('passphrase').fill('correct horse battery staple');
      await page.getByTestId('passphrase-ok').click();
    })(),
  ]);
  const file = await download.path();
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 6).toString('latin1'), 'OCCASE');
  assert.equal(bytes.indexOf(Buffer.from(c.evidence[0].text.slice(0, 40))), -1, 'the saved file holds no plaintext');

  await page.getByTestId('clear-all').click();
  assert.equal(await page.evaluate(() => window.ownercheck.report()), null);
  assert.equal(await page.getByTestId('answers-input').first().inputValue(), '');

  async function openWith(passphrase) {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-case').click()]);
    await chooser.setFiles({ name: 'case.ocase', mimeType: 'application/octet-stream', buffer: bytes });
    await page.getByTestId('passphrase').fill(passphrase);
    await page.getByTestId('passphrase-ok').click();
  }
  await openWith('wrong passphrase!');
  await page.getByTestId('error').waitFor({ state: 'visible' });
  assert.match(await page.getByTestId('error').textContent(), /wrong passphrase/);
  assert.equal(await page.getByTestId('answers-input').first().inputValue(), '');

  await openWith('correct horse battery staple');
  await page.waitForFunction(() => window.ownercheck.report() !== null);
  await settled(page);
  const after = await page.evaluate(() => window.ownercheck.report());
  assert.deepEqual(after.assessment, before.assessment);
  assert.equal(await page.getByTestId('answers-input').first().inputValue(), c.evidence.find((e) => e.kind === 'answers').text);
  assert.equal(await page.getByTestId('error').isVisible(), false);
  clean(seen);
  await page.close();
});

test('download JSON, Markdown copy, cited lines, timeline, Clear everything', async () => {
  const { page, seen } = await open();
  const example = readCase(join(ROOT, 'examples', 'owner-lost-phone.json'));
  await page.getByTestId('example-select').selectOption('owner-lost-phone');
  await settled(page);
  const report = await page.evaluate(() => window.ownercheck.report());
  const cli = cliReport(join(ROOT, 'examples', 'owner-lost-phone.json'));
  assert.equal(report.assessment.recommendation, cli.assessment.recommendation);
  assert.equal(await page.getByTestId('logs-input').first().inputValue(), example.evidence[0].text);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  assert.deepEqual(JSON.parse(readFileSync(await download.path(), 'utf8')), report);

  // Every cited line button shows its line; the timeline has the dated login lines.
  const events = page.locator('svg.timeline g.event');
  assert.ok(await events.count() >= 10, `timeline events: ${await events.count()}`);
  // One tab stop; the arrows walk the marks.
  assert.equal(await page.locator('svg.timeline g.event[tabindex="0"]').count(), 1);
  await events.first().focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelectorAll('svg.timeline g.event')[1]), true);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await page.getByTestId('cited-lines').waitFor({ state: 'visible' });
  const line = Number(await page.getByTestId('cited-line').first().getAttribute('data-line'));
  const text = await page.getByTestId('cited-line').first().locator('mark').textContent();
  const blockTexts = example.evidence.map((e) => e.text.split('\n')[line - 1]);
  assert.ok(blockTexts.includes(text), `cited line ${line}: ${text}`);
  const cite = page.locator('[data-testid="claims-table"] .cite, [data-testid="signals-list"] .cite, [data-testid="ingest-status"] .cite').first();
  if (await cite.count()) {
    await cite.click();
    assert.ok(await page.getByTestId('cited-line').count() >= 1);
  }

  // Markdown and the redacted Markdown, from the engine, are what the CLI prints.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const examplePath = join(ROOT, 'examples', 'owner-lost-phone.json');
  await page.getByTestId('copy-markdown').click();
  await page.waitForFunction(() => /copied/i.test(document.getElementById('action-status').textContent));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), cliText(examplePath, ['--format', 'markdown']));
  await page.getByTestId('copy-redacted').click();
  await page.waitForFunction(() => /Redacted/.test(document.getElementById('action-status').textContent));
  const redacted = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(!redacted.includes('jonas.weber@posteo.de'), 'the redacted copy still has the email');

  await page.getByTestId('clear-all').click();
  await settled(page);
  assert.equal(await page.evaluate(() => window.ownercheck.report()), null);
  assert.equal(await page.getByTestId('logs-input').count(), 1);
  assert.equal(await page.getByTestId('logs-input').first().inputValue(), '');
  assert.equal(await page.getByTestId('field-email').inputValue(), '');
  assert.equal(await page.getByTestId('recommendation').isVisible(), false);
  clean(seen);
  await page.close();
});

test('analysis runs as you type, in a worker, with the keyboard alone', async () => {
  const { page, seen } = await open();
  // Every control has an accessible name.
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('input:not([type=hidden]):not([hidden]), textarea, select, button')]
    .filter((el) => !el.closest('[hidden]') && !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.textContent.trim())
    .map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, []);
  const answers = page.getByTestId('answers-input').first();
  await answers.focus();
  await page.keyboard.type('I lost my phone. I usually log in from Munich.');
  await settled(page); // no click: the debounced analysis ran
  assert.ok(await page.evaluate(() => window.ownercheck.report() !== null));
  await page.getByTestId('live-toggle').uncheck();
  await answers.focus();
  await page.keyboard.type(' My last deposit was 0.75 ETH.');
  await page.keyboard.press('Control+Enter');
  await settled(page);
  const c = await page.evaluate(() => window.ownercheck.currentCase());
  assert.match(c.evidence.find((e) => e.kind === 'answers').text, /0\.75 ETH\.$/);
  // Tab moves through the controls with a visible focus ring.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  clean(seen);
  await page.close();
});

test('an invalid case is refused with the core\'s message, and the page recovers', async () => {
  const { page, seen } = await open();
  const error = await page.evaluate(() => window.ownercheck.loadCase({ opened_at: 'yesterday', evidence: [{ kind: 'logs', text: 'a,b\\n1,2' }] })
    .then(() => 'resolved', (e) => `${e.code}: ${e.message}`));
  assert.match(error, /^invalid_case: .*opened_at/);
  assert.match(await page.getByTestId('error').textContent(), /opened_at.*ISO 8601/);
  assert.equal(await page.evaluate(() => window.ownercheck.report()), null);
  await page.getByTestId('field-opened_at').fill('2026-11-20T14:03:00Z');
  await page.getByTestId('analyse').click();
  await settled(page);
  assert.equal(await page.getByTestId('error').isVisible(), false);
  assert.notEqual(await page.evaluate(() => window.ownercheck.report()), null);
  assert.deepEqual(seen.pageErrors, []);
  await page.close();
});

test('a large paste shows progress and the page stays responsive', async () => {
  const { page, seen } = await open();
  await page.evaluate(() => {
    window.__progressShown = false;
    const el = document.querySelector('[data-testid="progress"]');
    new MutationObserver(() => { if (!el.hidden) window.__progressShown = true; }).observe(el, { attributes: true });
  });
  const rows = ['time,event,ip,country,city,user_agent,status'];
  for (let i = 0; i < 40000; i++) {
    const t = new Date(Date.UTC(2026, 9, 1) + i * 60000).toISOString().replace('.000', '');
    rows.push(`${t},login,84.153.${i % 250}.${i % 200},DE,Munich,"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/130.0.0.0 Safari/537.36",success`);
  }
  const big = rows.join('\n');
  assert.ok(big.length > 3e6);
  // A paste: the value arrives at once, then one input event.
  await page.getByTestId('logs-input').first().evaluate((el, text) => { el.value = text; el.dispatchEvent(new Event('input', { bubbles: true })); }, big);
  await page.getByTestId('analyse').click();
  // While the worker analyses, the page still answers (the main thread is free).
  const t0 = Date.now();
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  assert.ok(Date.now() - t0 < 1000, 'the main thread was blocked');
  await settled(page);
  assert.equal(await page.evaluate(() => window.__progressShown), true);
  assert.equal(await page.getByTestId('progress').isVisible(), false);
  const report = await page.evaluate(() => window.ownercheck.report());
  assert.equal(report.ingest.length, 1);
  clean(seen);
  await page.close();
});

test('dark mode follows the system and the theme menu', async () => {
  const { page: light } = await open({ colorScheme: 'light' });
  const { page: dark } = await open({ colorScheme: 'dark' });
  const bg = (p) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(await bg(light), await bg(dark));
  await light.getByTestId('theme-select').selectOption('dark');
  assert.equal(await bg(light), await bg(dark));
  await light.close();
  await dark.close();
});

test('postMessage API: the same origin is answered, another origin is ignored', async () => {
  const [path] = sampleCases();
  const c = readCase(path);
  const cli = cliReport(path);
  const hostHtml = `<!doctype html><title>host</title><iframe id="f" src="${server.url}index.html" title="ownercheck" width="1000" height="700"></iframe>`;
  // Another origin: the same host page from a second loopback server (another port).
  const other = createServer((req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(hostHtml); });
  await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
  try {
    for (const host of [`${server.url}__host.html`, `http://127.0.0.1:${other.address().port}/__host.html`]) {
      const page = await browser.context.newPage();
      // The same-origin host page is the test's own (fulfilled here: dist/web has no such file).
      await page.route(`${server.url}__host.html`, (route) => route.fulfill({ contentType: 'text/html', body: hostHtml }));
      await page.goto(host);
      await frameReady(page, '/index.html');
      const answer = await page.evaluate((c) => new Promise((resolve) => {
        const timer = setTimeout(() => resolve('no answer'), 3000);
        window.addEventListener('message', (e) => { if (e.data && e.data.id === 7) { clearTimeout(timer); resolve(e.data); } });
        document.getElementById('f').contentWindow.postMessage({ type: 'ownercheck:loadCase', id: 7, case: c }, '*');
      }), c);
      if (host.startsWith(server.url)) {
        assert.equal(answer.type, 'ownercheck:result');
        assert.equal(answer.report.assessment.recommendation, cli.assessment.recommendation);
      } else {
        assert.equal(answer, 'no answer', 'a message from another origin must be ignored');
      }
      await page.close();
    }
  } finally {
    other.close();
  }
});
