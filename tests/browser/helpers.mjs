// Shared by the browser tests: the page server, chromium (Debian's, driven by playwright-core),
// the native CLI's report for comparison, and a watcher for network requests, console errors and
// dialogs. Expects `scripts/build.sh native` and `scripts/build.sh web` to have run.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_CASES = join(ROOT, '..', 'shared', 'cases', 'cases');
export const CHROMIUM = process.env.OWNERCHECK_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function requireBuilt() {
  for (const f of ['dist/web/index.html', 'dist/ownercheck.html', 'build/ownercheck']) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run scripts/build.sh native && scripts/build.sh web`);
  }
}

/** Starts scripts/serve.sh on a free port (serving dir, default dist/web); resolves to {url, origin, stop()}. */
export function startServer(dir = null) {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(ROOT, 'scripts', 'serve.sh')], {
      env: { ...process.env, PORT: '0', ...(dir ? { SERVE_DIR: dir } : {}) }, stdio: ['ignore', 'pipe', 'pipe'] });
    // Never outlive the test process, even when it dies before its after() hook.
    const killChild = () => child.kill();
    process.once('exit', killChild);
    child.once('exit', () => process.removeListener('exit', killChild));
    let out = '';
    let err = '';
    const timer = setTimeout(() => { child.kill(); reject(new Error(`server did not start: ${err}`)); }, 10000);
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[0], origin: m[0].slice(0, -1), port: Number(m[1]),
          stop: () => new Promise((r) => { child.once('exit', r); child.kill(); }) });
      }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}): ${err}`)); });
  });
}

/** Chromium with a fresh profile directory; resolves to {context, close()}. */
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'ownercheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, acceptDownloads: true, ...options });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/**
 * Records what a page does that it should not: requests outside `allowed` origins (prefix
 * match; data: and blob: are local), console errors, uncaught errors, dialogs (dismissed).
 */
export function watch(page, allowed) {
  const seen = { foreignRequests: [], consoleErrors: [], pageErrors: [], dialogs: [], requests: [] };
  const local = (url) => url.startsWith('data:') || url.startsWith('blob:') || allowed.some((a) => url.startsWith(a));
  page.on('request', (r) => { seen.requests.push(r.url()); if (!local(r.url())) seen.foreignRequests.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') seen.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => seen.pageErrors.push(String(e)));
  page.on('dialog', (d) => { seen.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  return seen;
}

export function readCase(path) { return JSON.parse(readFileSync(path, 'utf8')); }

/**
 * The native CLI's JSON report for a case file. dataDir: where it reads its data tables (default
 * build/data, all of them; an empty folder for none).
 */
export function cliReport(path, { dataDir = null } = {}) {
  const env = dataDir ? { ...process.env, OWNERCHECK_DATA_DIR: dataDir } : process.env;
  return JSON.parse(execFileSync(join(ROOT, 'build', 'ownercheck'), ['analyze', path], { encoding: 'utf8', env }));
}

/** A folder with only the named tables of build/data (symlinks), for the CLI's OWNERCHECK_DATA_DIR. */
export function dataSubset(names) {
  const dir = mkdtempSync(join(tmpdir(), 'ownercheck-data-'));
  for (const n of names) symlinkSync(join(ROOT, 'build', 'data', `${n}.bin`), join(dir, `${n}.bin`));
  return dir;
}

/** The native CLI's output for a case file with extra arguments (e.g. --format markdown). */
export function cliText(path, args = []) {
  return execFileSync(join(ROOT, 'build', 'ownercheck'), ['analyze', path, ...args], { encoding: 'utf8' });
}

/** A sample case by truth: the first owner and the first attacker in labels.json that exist. */
export function sampleCases() {
  const labels = JSON.parse(readFileSync(join(SHARED_CASES, '..', 'labels.json'), 'utf8'));
  const pick = (truth, preferred) => labels.find((l) => l.case_id === preferred && l.truth === truth) || labels.find((l) => l.truth === truth);
  return [pick('owner', 'P-0001'), pick('attacker', 'P-0009')].map((l) => join(SHARED_CASES, `${l.case_id}.json`));
}

/**
 * Waits until the page's engine is up and, unless tables is false, its data tables have been
 * handed over (loaded or refused), so that its reports compare with the CLI's.
 */
export async function ready(page, { tables = true } = {}) {
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 30000 });
  if (tables) await page.waitForSelector('html[data-tables="done"]', { state: 'attached', timeout: 60000 });
}

/** Waits until the current input has been analysed. */
export async function settled(page) {
  await page.waitForSelector('[data-testid="results"][aria-busy="false"]', { state: 'attached', timeout: 30000 });
}

/** Claims and signals reduced to what must agree between the page and the CLI. */
export function essence(report) {
  return {
    recommendation: report.assessment.recommendation,
    owner_probability: report.assessment.owner_probability,
    claims: report.claims.map((c) => `${c.topic}:${c.verdict}`).sort(),
    signals: report.signals.map((s) => `${s.kind}:${s.severity}`).sort(),
  };
}
