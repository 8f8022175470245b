// The workbench: builds an ownercheck.case/1 from the form, has the engine analyse it (debounced
// as you type), and renders the ownercheck.report/1 it gets back. Everything from the case or the
// report is rendered as text (dom.mjs), never as markup.
import { h, clear, downloadFile, copyText } from './dom.mjs';
import { parseEml } from './eml.mjs';
import { renderTimeline } from './timeline.mjs';
import EXAMPLES from './examples.mjs';

const $ = (id) => document.getElementById(id);
const LOG_EXT = /\.(csv|tsv|json|jsonl|ndjson|txt|log)$/i;
const REPLY_EXT = /\.(eml|txt)$/i;
const REC_LABEL = {
  owner_verified: { icon: '✔', label: 'Owner verified' },
  needs_more_info: { icon: '?', label: 'Needs more information' },
  suspected_takeover: { icon: '⚠', label: 'Suspected takeover' },
};
const VERDICT = {
  corroborated: { icon: '✔', label: 'corroborated' },
  partial: { icon: '◐', label: 'partial' },
  contradicted: { icon: '✖', label: 'contradicted' },
  unverifiable: { icon: '?', label: 'unverifiable' },
};
const SEVERITY_ORDER = ['high', 'medium', 'low', 'info'];
const SEVERITY_ICON = { high: '▲▲▲', medium: '▲▲', low: '▲', info: 'ℹ' };
const FIELDS = ['case_id', 'opened_at', 'email', 'created_at', 'residence_country', 'name', 'from', 'headers'];

export function startApp(engine) {
  const state = {
    blocks: [],          // {uid, kind, panel, label, text}
    caseMap: [],         // case evidence index -> block (for the last analysed case)
    lastCase: null,
    report: null,
    seq: 0,              // input generation
    analysedSeq: -1,
    inFlight: false,
    debounce: null,
    waiters: [],         // {resolve, reject} waiting for the report of the current input
    error: null,         // the engine's error for the current input (invalid case…), or null
    redactKey: hex(crypto.getRandomValues(new Uint8Array(16))),
    uid: 0,
    languageExplicit: false,
  };

  // ---------- blocks ----------
  function addBlock(kind, label = '', text = '') {
    const uid = ++state.uid;
    const isLogs = kind !== 'answers'; // 'logs', or 'auto' (the core decides) shown with the logs
    const textId = `block-text-${uid}`;
    const labelInput = h('input', { id: `block-label-${uid}`, class: 'block-label', autocomplete: 'off',
      'data-testid': isLogs ? 'logs-label' : 'answers-label', 'aria-label': isLogs ? 'Block label' : 'Reply label' });
    // An empty label stays empty in the case (the placeholder names it on screen).
    labelInput.placeholder = isLogs ? `Log block ${state.blocks.filter((b) => b.kind !== 'answers').length + 1}` : 'Client reply';
    labelInput.value = label;
    const textarea = h('textarea', { id: textId, rows: isLogs ? 8 : 10, spellcheck: 'false', wrap: 'off',
      'data-testid': isLogs ? 'logs-input' : 'answers-input',
      placeholder: isLogs ? 'Paste an admin log here, or drop a .csv .tsv .json .jsonl .txt .log file' : "Paste the client's reply here, or drop a .eml file" });
    textarea.value = text;
    const fileInput = h('input', { type: 'file', hidden: true, accept: isLogs ? '.csv,.tsv,.json,.jsonl,.ndjson,.txt,.log' : '.eml,.txt' });
    const fileButton = h('button', { type: 'button', class: 'small' }, isLogs ? 'Load file…' : 'Load .eml…');
    const removeButton = h('button', { type: 'button', class: 'small', 'data-testid': 'remove-block' }, 'Remove');
    const meta = h('span', { class: 'block-meta hint', 'aria-live': 'off' });
    const panel = h('div', { class: `block ${kind}`, 'data-testid': isLogs ? 'logs-block' : 'answers-block' },
      h('div', { class: 'block-head' },
        h('label', { for: textId, class: 'visually-hidden' }, isLogs ? 'Log text' : 'Reply text'),
        labelInput, meta, fileButton, fileInput, removeButton),
      textarea);
    const block = { uid, kind, panel, labelInput, textarea, meta };
    state.blocks.push(block);
    (isLogs ? $('log-blocks') : $('answer-blocks')).append(panel);
    labelInput.addEventListener('input', changed);
    textarea.addEventListener('input', () => { updateMeta(block); changed(); });
    fileButton.addEventListener('click', () => fileInput.click());
    fileInput.addEventListener('change', () => { if (fileInput.files[0]) readFileInto(block, fileInput.files[0]); fileInput.value = ''; });
    removeButton.addEventListener('click', () => removeBlock(block));
    for (const type of ['dragenter', 'dragover']) panel.addEventListener(type, (e) => { e.preventDefault(); panel.classList.add('drop'); });
    panel.addEventListener('dragleave', () => panel.classList.remove('drop'));
    panel.addEventListener('drop', (e) => {
      e.preventDefault(); e.stopPropagation();
      panel.classList.remove('drop');
      const files = [...(e.dataTransfer ? e.dataTransfer.files : [])];
      if (files.length) readFileInto(block, files[0]).then(() => files.slice(1).forEach((f) => dropAnywhere(f)));
    });
    updateMeta(block);
    return block;
  }

  function removeBlock(block) {
    if (block.kind === 'answers' && state.blocks.filter((b) => b.kind === 'answers').length === 1) {
      block.textarea.value = '';
      updateMeta(block);
    } else {
      block.panel.remove();
      state.blocks.splice(state.blocks.indexOf(block), 1);
    }
    changed();
  }

  function updateMeta(block) {
    const text = block.textarea.value;
    const lines = text ? text.split('\n').length : 0;
    block.meta.textContent = text ? `${lines.toLocaleString('en')} lines · ${formatBytes(text.length)}` : '';
  }

  async function readFileInto(block, file) {
    const isLogs = block.kind !== 'answers';
    if (isLogs ? !LOG_EXT.test(file.name) : !REPLY_EXT.test(file.name)) {
      if (isLogs && /\.eml$/i.test(file.name)) return dropAnywhere(file);
      showError(`“${file.name}” is not a ${isLogs ? 'log file (.csv .tsv .json .jsonl .txt .log)' : 'reply (.eml or .txt)'}.`);
      return;
    }
    const text = await file.text();
    if (/\.eml$/i.test(file.name)) {
      const mail = parseEml(text);
      block.textarea.value = mail.body;
      if (mail.from) $('f-from').value = mail.from;
      $('f-headers').value = mail.headers;
      if (mail.date && !$('f-opened_at').value) $('f-opened_at').value = mail.date;
      block.labelInput.value = mail.subject ? `Reply: ${mail.subject}` : file.name;
    } else {
      block.textarea.value = text;
      block.labelInput.value = file.name;
    }
    updateMeta(block);
    changed();
  }

  function dropAnywhere(file) {
    if (/\.eml$/i.test(file.name)) return readFileInto(state.blocks.find((b) => b.kind === 'answers') || addBlock('answers'), file);
    const empty = state.blocks.find((b) => b.kind === 'logs' && !b.textarea.value.trim());
    return readFileInto(empty || addBlock('logs'), file);
  }

  // ---------- the case ----------
  function buildCase() {
    const v = Object.fromEntries(FIELDS.map((f) => [f, $(`f-${f}`).value.trim()]));
    const c = { schema: 'ownercheck.case/1' };
    if (v.case_id) c.case_id = v.case_id;
    if (v.opened_at) c.opened_at = v.opened_at;
    const account = {};
    for (const k of ['email', 'created_at', 'residence_country', 'name']) if (v[k]) account[k] = k === 'residence_country' ? v[k].toUpperCase() : v[k];
    if (Object.keys(account).length) c.account = account;
    const ticket = {};
    if (v.from) ticket.from = v.from;
    // "auto" is the default; it is written only when the loaded case had it, so a loaded case
    // round-trips to the same canonical JSON (and the same fingerprint) as on the CLI.
    if ($('f-language').value !== 'auto' || state.languageExplicit) ticket.language = $('f-language').value;
    if (v.headers) ticket.headers = $('f-headers').value;
    if (Object.keys(ticket).length) c.ticket = ticket;
    c.evidence = [];
    const map = [];
    for (const b of state.blocks) {
      if (!b.textarea.value.trim()) continue;
      const entry = { kind: b.kind };
      if (b.labelInput.value) entry.label = b.labelInput.value;
      entry.text = b.textarea.value;
      c.evidence.push(entry);
      map.push(b);
    }
    return { caseObj: c, map };
  }

  function fillCase(c) {
    if (!c || typeof c !== 'object' || !Array.isArray(c.evidence)) throw new TypeError('not an ownercheck.case/1 object (it needs an evidence array)');
    clearInputs();
    const a = c.account || {}; const t = c.ticket || {};
    const values = { case_id: c.case_id, opened_at: c.opened_at, email: a.email, created_at: a.created_at,
      residence_country: a.residence_country, name: a.name, from: t.from, headers: t.headers };
    for (const f of FIELDS) $(`f-${f}`).value = typeof values[f] === 'string' ? values[f] : '';
    $('f-language').value = [...$('f-language').options].some((o) => o.value === t.language) ? t.language : 'auto';
    state.languageExplicit = typeof t.language === 'string';
    for (const b of [...state.blocks]) { b.panel.remove(); }
    state.blocks = [];
    for (const e of c.evidence) addBlock(['answers', 'auto'].includes(e.kind) ? e.kind : 'logs', String(e.label || ''), String(e.text || ''));
    if (!state.blocks.some((b) => b.kind === 'logs')) addBlock('logs');
    if (!state.blocks.some((b) => b.kind === 'answers')) addBlock('answers');
  }

  function clearInputs() {
    state.languageExplicit = false;
    for (const f of FIELDS) $(`f-${f}`).value = '';
    $('f-language').value = 'auto';
  }

  // ---------- analysis scheduling ----------
  function changed() {
    state.seq++;
    $('results').setAttribute('aria-busy', 'true');
    clearTimeout(state.debounce);
    if (!$('live').checked) { markStale(); return; }
    const size = state.blocks.reduce((n, b) => n + b.textarea.value.length, 0);
    state.debounce = setTimeout(pump, 350 + Math.min(1500, size / 2000));
  }

  function analyseNow() {
    clearTimeout(state.debounce);
    if (state.analysedSeq === state.seq && state.report) { settle(); return; }
    pump();
  }

  async function pump() {
    if (state.inFlight) return; // the reply handler pumps again when the input moved on
    const seq = state.seq;
    const { caseObj, map } = buildCase();
    if (!caseObj.evidence.length) {
      state.analysedSeq = seq; state.report = null; state.lastCase = null; state.error = null;
      showError(null);
      showReport(null);
      settle();
      return;
    }
    state.inFlight = true;
    state.rerunPending = false;
    const size = caseObj.evidence.reduce((n, e) => n + e.text.length, 0);
    const progressTimer = setTimeout(() => showProgress(`Analysing ${formatBytes(size)}…`), size > 200000 ? 0 : 150);
    try {
      const { report } = await engine.call('analyze', { case: caseObj });
      if (seq === state.seq || !$('live').checked) {
        state.report = report; state.lastCase = caseObj; state.caseMap = map; state.error = null;
        showError(null);
        showReport(report);
      }
    } catch (err) {
      // A wasm abort (out of memory on a huge paste, a core bug) leaves the module unusable:
      // start a fresh engine so the next analysis can run.
      if (err.code === 'internal_error' && /abort|RuntimeError|memory|unreachable/i.test(err.message)) { engine.reset(); loadTables(); }
      if (err.code !== 'cancelled' && seq === state.seq) {
        state.error = err;
        showError(err.code === 'invalid_case' ? `The case cannot be read: ${err.message}` : `Analysis failed (${err.code}): ${err.message}`);
        $('report').classList.add('stale');
      }
    } finally {
      clearTimeout(progressTimer);
      hideProgress();
      state.inFlight = false;
      state.analysedSeq = seq;
    }
    if (state.seq !== seq && ($('live').checked || state.rerunPending)) pump();
    else settle();
  }

  function settle() {
    if (state.analysedSeq !== state.seq) return;
    $('results').setAttribute('aria-busy', 'false');
    if (!state.error) $('report').classList.remove('stale');
    const waiters = state.waiters; state.waiters = [];
    for (const w of waiters) {
      if (state.error) w.reject(state.error);
      else w.resolve(state.report);
    }
  }

  function markStale() { if (state.report) $('report').classList.add('stale'); }

  function whenAnalysed() {
    return new Promise((resolve, reject) => { state.waiters.push({ resolve, reject }); analyseNow(); });
  }

  function showProgress(text) { $('progress').hidden = false; $('progress-label').textContent = text; }
  function hideProgress() { $('progress').hidden = true; }

  function showError(message) {
    const el = $('error');
    el.hidden = !message;
    el.textContent = message || '';
  }

  // ---------- rendering ----------
  function cite(ref, text) {
    if (!ref || typeof ref.block !== 'number') return null;
    const block = state.caseMap[ref.block];
    const name = block ? blockName(block) : `block ${ref.block}`;
    return h('button', { type: 'button', class: 'cite', 'data-block': ref.block, 'data-line': ref.line,
      onclick: () => highlight(ref.block, [ref.line]) }, text || `${name}:${ref.line}`);
  }

  function evidenceButtons(list) {
    const refs = Array.isArray(list) ? list : [];
    if (!refs.length) return null;
    const byBlock = new Map();
    for (const r of refs) { if (!byBlock.has(r.block)) byBlock.set(r.block, []); byBlock.get(r.block).push(r.line); }
    return h('span', { class: 'cites' }, [...byBlock].map(([block, lines]) => {
      const b = state.caseMap[block];
      return h('button', { type: 'button', class: 'cite', onclick: () => highlight(block, lines) },
        `${b ? blockName(b) : `block ${block}`}: line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`);
    }));
  }

  function showReport(report) {
    $('placeholder').hidden = !!report;
    $('report').hidden = !report;
    $('cited').hidden = true;
    if (!report) return;
    const a = report.assessment || {};
    const rec = REC_LABEL[a.recommendation] || { icon: '•', label: String(a.recommendation || '') };
    $('banner').className = `banner rec-${String(a.recommendation || 'unknown').replace(/[^a-z_]/g, '')}`;
    $('rec-icon').textContent = rec.icon;
    $('rec-label').textContent = rec.label;
    $('recommendation').textContent = String(a.recommendation || '');
    $('probability').textContent = typeof a.owner_probability === 'number' ? `${Math.round(a.owner_probability * 100)}%` : '—';
    $('summary').textContent = a.summary || '';
    clear($('reasons')).append(...(a.reasons || []).map((r) => h('li', {}, String(r))));

    const claims = report.claims || [];
    $('claims-count').textContent = `(${claims.length})`;
    const tbody = clear($('claims').tBodies[0]);
    if (!claims.length) tbody.append(h('tr', {}, h('td', { colspan: 5, class: 'hint' }, 'No claim found in the reply.')));
    for (const c of claims) {
      const v = VERDICT[c.verdict] || { icon: '•', label: String(c.verdict || '') };
      const refs = (c.evidence && c.evidence.length) ? c.evidence : (c.source ? [c.source] : []);
      tbody.append(h('tr', { 'data-testid': 'claim-row', 'data-topic': c.topic, 'data-verdict': c.verdict, class: `verdict-${c.verdict}` },
        h('td', {}, String(c.id || '')),
        h('td', { class: 'words' }, h('q', {}, String(c.text || '')), ' ', cite(c.source, '↗ reply')),
        h('td', { 'data-testid': 'claim-topic' }, String(c.topic || '')),
        h('td', {}, h('button', { type: 'button', class: `verdict verdict-${c.verdict}`, 'data-testid': 'claim-verdict',
          'aria-label': `${v.label}: show the cited lines`, onclick: () => refs.length && highlight(refs[0].block, refs.filter((r) => r.block === refs[0].block).map((r) => r.line)) },
          h('span', { 'aria-hidden': 'true' }, v.icon), ' ', v.label),
          typeof c.weight === 'number' ? h('span', { class: 'hint weight' }, ` ${c.weight > 0 ? '+' : ''}${c.weight}`) : null),
        h('td', {}, String(c.explanation || ''), ' ', evidenceButtons(c.evidence))));
    }

    const signals = [...(report.signals || [])].sort((x, y) => SEVERITY_ORDER.indexOf(x.severity) - SEVERITY_ORDER.indexOf(y.severity));
    $('signals-count').textContent = `(${signals.length})`;
    const list = clear($('signals'));
    if (!signals.length) list.append(h('li', { class: 'hint' }, 'No risk signal.'));
    for (const s of signals) {
      const refs = s.evidence || [];
      list.append(h('li', { class: `signal sev-${s.severity}`, 'data-testid': 'signal', 'data-kind': s.kind, 'data-severity': s.severity },
        h('button', { type: 'button', class: `sev sev-${s.severity}`, 'aria-label': `${s.severity} severity ${s.kind}: show the cited lines`,
          onclick: () => refs.length && highlight(refs[0].block, refs.filter((r) => r.block === refs[0].block).map((r) => r.line)) },
          h('span', { 'aria-hidden': 'true' }, SEVERITY_ICON[s.severity] || '•'), ' ', String(s.severity || '').toUpperCase()),
        ' ', h('strong', {}, String(s.kind || '')), ' — ', String(s.explanation || ''), ' ', evidenceButtons(refs)));
    }

    const ingest = clear($('ingest').tBodies[0]);
    for (const i of report.ingest || []) {
      const b = state.caseMap[i.block];
      const warnings = i.warnings || [];
      ingest.append(h('tr', { 'data-testid': 'ingest-row', 'data-format': i.format },
        h('th', { scope: 'row' }, b ? blockName(b) : `block ${i.block}`),
        h('td', {}, String(i.format || ''), i.format_reason ? h('span', { class: 'hint' }, ` (${i.format_reason})`) : null),
        h('td', { class: 'num' }, String(i.rows ?? '')), h('td', { class: 'num' }, String(i.events ?? '')),
        h('td', { class: 'num' }, String(i.skipped ?? '')),
        h('td', {}, warnings.length ? h('ul', { class: 'warnings' }, warnings.slice(0, 50).map((w) =>
          h('li', {}, cite({ block: i.block, line: w.line }, `line ${w.line}`), ' ', String(w.message || '')))) : '—',
        warnings.length > 50 ? h('p', { class: 'hint' }, `… and ${warnings.length - 50} more`) : null)));
    }

    const questions = report.next_questions || [];
    $('questions-card').hidden = !questions.length;
    clear($('questions')).append(...questions.map((q) => h('li', {}, String(q))));
    const draft = report.reply_draft;
    $('draft-card').hidden = !(draft && draft.text);
    $('draft').textContent = draft && draft.text ? draft.text : '';
    $('draft-lang').textContent = draft && draft.language ? `(${draft.language})` : '';
    const notes = Array.isArray(report.notes) ? report.notes : (report.notes ? [report.notes] : []);
    $('notes-card').hidden = !notes.length;
    clear($('notes')).append(...notes.map((n) => h('li', {}, typeof n === 'string' ? n : JSON.stringify(n))));
    $('fingerprint').textContent = report.fingerprint || '';

    const blocks = state.caseMap.map((b) => ({ kind: b.kind, text: b.textarea.value }));
    const now = (report.now && report.now.time) || (state.lastCase && state.lastCase.opened_at) || '';
    renderTimeline($('timeline'), report, blocks, now, (block, lines) => highlight(block, lines));
  }

  /** Shows the cited lines of a block (with context) and selects the first one in its text box. */
  function highlight(blockIndex, lines) {
    const block = state.caseMap[blockIndex];
    if (!block) return;
    const all = block.textarea.value.split('\n');
    const wanted = new Set(lines.filter((n) => Number.isInteger(n) && n >= 1 && n <= all.length));
    const show = new Set();
    for (const n of wanted) for (let k = Math.max(1, n - 2); k <= Math.min(all.length, n + 2); k++) show.add(k);
    const rows = [...show].sort((x, y) => x - y);
    const pre = h('div', { class: 'lines', role: 'list' });
    let prev = 0;
    for (const n of rows) {
      if (prev && n > prev + 1) pre.append(h('div', { class: 'gap', role: 'listitem' }, '⋯'));
      const hit = wanted.has(n);
      pre.append(h('div', { class: `line${hit ? ' hit' : ''}`, role: 'listitem', 'data-line': n, 'data-testid': hit ? 'cited-line' : null },
        h('span', { class: 'ln' }, `${hit ? '▶ ' : '  '}${n}`), hit ? h('mark', {}, all[n - 1]) : all[n - 1]));
      prev = n;
    }
    $('cited-body').replaceChildren(h('p', {}, `${blockName(block)} — line${wanted.size > 1 ? 's' : ''} ${[...wanted].join(', ')}`), pre);
    $('cited').hidden = false;
    for (const b of state.blocks) b.panel.classList.toggle('highlighted', b === block);
    const first = Math.min(...wanted);
    if (Number.isFinite(first)) {
      const startChar = all.slice(0, first - 1).reduce((n, l) => n + l.length + 1, 0);
      block.textarea.setSelectionRange(startChar, startChar + all[first - 1].length);
      const lineHeight = parseFloat(getComputedStyle(block.textarea).lineHeight) || 18;
      block.textarea.scrollTop = Math.max(0, (first - 3) * lineHeight);
    }
    $('cited').scrollIntoView({ block: 'nearest' });
  }

  // ---------- exports ----------
  async function renderAs(format, redact) {
    await whenAnalysed();
    if (!state.lastCase) throw new Error('nothing analysed yet');
    const { text } = await engine.call('render', { case: state.lastCase, options: { format, redact, redactKey: redact ? state.redactKey : '' } });
    return text;
  }

  function status(text) { $('action-status').textContent = text; }

  $('copy-md').addEventListener('click', async () => {
    try { status(await copyText(await renderAs('markdown', false)) ? 'Markdown copied.' : 'Copy failed.'); } catch (e) { status(e.message); }
  });
  $('copy-redacted').addEventListener('click', async () => {
    try { status(await copyText(await renderAs('markdown', true)) ? 'Redacted Markdown copied (names, emails, addresses, IPs replaced).' : 'Copy failed.'); } catch (e) { status(e.message); }
  });
  $('download-json').addEventListener('click', async () => {
    const report = await whenAnalysed().catch(() => null);
    if (!report) return status('Nothing analysed yet.');
    downloadFile(`ownercheck-${safeName(report.case_id || 'case')}.json`, `${JSON.stringify(report, null, 1)}\n`, 'application/json');
    status('JSON downloaded.');
  });
  $('print').addEventListener('click', () => window.print());

  // ---------- encrypted case files ----------
  function askPassphrase(help) {
    const dialog = $('pass-dialog');
    $('pass-help').textContent = help;
    $('pass-input').value = '';
    $('pass-error').hidden = true;
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok' ? $('pass-input').value : null), { once: true });
      dialog.showModal();
    });
  }

  $('save-case').addEventListener('click', async () => {
    const { caseObj } = buildCase();
    const pass = await askPassphrase('The case is encrypted (AES-256-GCM, key from scrypt over this passphrase) before it is saved. Without the passphrase it cannot be opened.');
    if (!pass) return;
    try {
      const { bytes } = await engine.call('seal', { plaintext: JSON.stringify(caseObj), passphrase: pass });
      downloadFile(`${safeName(caseObj.case_id || 'case')}.ocase`, bytes, 'application/octet-stream');
      status('Encrypted case saved.');
    } catch (e) { showError(`Could not save: ${e.message}`); }
  });

  $('open-case').addEventListener('click', () => $('open-file').click());
  $('open-file').addEventListener('change', async () => {
    const file = $('open-file').files[0];
    $('open-file').value = '';
    if (file) await openCaseFile(file);
  });

  async function openCaseFile(file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.json$/i.test(file.name) && bytes[0] === 0x7b) {
      try { fillCase(JSON.parse(new TextDecoder().decode(bytes))); changed(); analyseNow(); } catch (e) { showError(`${file.name}: ${e.message}`); }
      return;
    }
    const pass = await askPassphrase(`Passphrase for ${file.name}`);
    if (!pass) return;
    try {
      const { plaintext } = await engine.call('open', { bytes, passphrase: pass });
      fillCase(JSON.parse(plaintext));
      showError(null);
      changed(); analyseNow();
      status(`Opened ${file.name}.`);
    } catch (e) {
      showError(e.code === 'wrong_passphrase' ? `Cannot open ${file.name}: wrong passphrase, or the file was changed.` : `Cannot open ${file.name}: ${e.message}`);
    }
  }

  // ---------- clear ----------
  function clearEverything() {
    engine.reset();
    loadTables(); // the old engine's memory (tables included) is gone
    clearTimeout(state.debounce);
    for (const b of state.blocks) b.panel.remove();
    state.blocks = []; state.caseMap = []; state.report = null; state.lastCase = null;
    state.inFlight = false; state.seq++; state.analysedSeq = state.seq; state.error = null;
    state.redactKey = hex(crypto.getRandomValues(new Uint8Array(16)));
    clearInputs();
    addBlock('logs'); addBlock('answers');
    showError(null); hideProgress(); showReport(null); status('');
    $('example-select').value = '';
    settle();
  }
  $('clear-all').addEventListener('click', clearEverything);

  // ---------- wiring ----------
  for (const f of FIELDS) $(`f-${f}`).addEventListener('input', changed);
  $('f-language').addEventListener('change', changed);
  $('add-block').addEventListener('click', () => { const b = addBlock('logs'); b.textarea.focus(); changed(); });
  $('analyse').addEventListener('click', analyseNow);
  $('live').addEventListener('change', () => { if ($('live').checked) changed(); });
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); analyseNow(); }
  });
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    for (const f of e.dataTransfer ? e.dataTransfer.files : []) dropAnywhere(f);
  });
  $('help-toggle').addEventListener('click', () => {
    const open = $('help').hidden;
    $('help').hidden = !open;
    $('help-toggle').setAttribute('aria-expanded', String(open));
  });
  $('theme-select').addEventListener('change', () => {
    const t = $('theme-select').value;
    if (t === 'auto') delete document.documentElement.dataset.theme; else document.documentElement.dataset.theme = t;
  });
  for (const ex of EXAMPLES) $('example-select').append(h('option', { value: ex.name }, ex.title || ex.name));
  $('example-select').addEventListener('change', () => {
    const ex = EXAMPLES.find((x) => x.name === $('example-select').value);
    if (ex) { fillCase(ex.case); changed(); analyseNow(); }
  });

  addBlock('logs');
  addBlock('answers');

  // ---------- automation and embedding ----------
  const api = {
    /** Fills the workbench from an ownercheck.case/1 object; resolves to its report. */
    loadCase(caseObject) {
      fillCase(typeof caseObject === 'string' ? JSON.parse(caseObject) : caseObject);
      changed();
      return whenAnalysed();
    },
    /** The report of what the workbench shows now (null before any analysis). */
    report: () => (state.report && !state.error ? structuredClone(state.report) : null),
    /** Resolves to the report once the current input has been analysed. */
    analyze: () => whenAnalysed(),
    currentCase: () => buildCase().caseObj,
    clear: clearEverything,
    version: () => $('version').textContent || null,
  };
  Object.defineProperty(window, 'ownercheck', { value: Object.freeze(api), configurable: false, writable: false });

  const embedOrigins = (document.querySelector('meta[name="ownercheck-embed-origins"]')?.content || '')
    .split(/[\s,]+/).filter(Boolean);
  window.addEventListener('message', async (event) => {
    if (window.parent === window || event.source !== window.parent) return;
    const ownOrigin = location.origin && location.origin !== 'null' && !location.origin.startsWith('file:') ? location.origin : null;
    if (!(event.origin === ownOrigin || embedOrigins.includes(event.origin))) return;
    const msg = event.data;
    if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string' || !msg.type.startsWith('ownercheck:')) return;
    const target = event.origin === 'null' ? '*' : event.origin;
    const reply = (body) => event.source.postMessage({ id: msg.id, ...body }, target);
    try {
      if (msg.type === 'ownercheck:loadCase') reply({ type: 'ownercheck:result', report: await api.loadCase(msg.case) });
      else if (msg.type === 'ownercheck:report') reply({ type: 'ownercheck:result', report: api.report() });
      else reply({ type: 'ownercheck:error', error: { code: 'usage_error', message: `unknown message type '${msg.type}', must be: ownercheck:loadCase, ownercheck:report` } });
    } catch (e) {
      reply({ type: 'ownercheck:error', error: { code: e.code || 'invalid_case', message: String(e.message || e) } });
    }
  });

  // ---------- data tables (IP networks, ASN names, cities), loaded after the engine is up ----------
  // The first screen and the first analysis never wait for them: they are handed to the engine one
  // by one (smallest first) in the background, each checked against the build's SHA-256, and the
  // current analysis is re-run once they are in. A refused or missing table is a message here,
  // and the report's notes say what its absence limited.
  let tablesGeneration = 0;
  async function loadTables() {
    const generation = ++tablesGeneration;
    const root = document.documentElement;
    const el = $('data-status');
    const set = (text, cls) => { el.textContent = text; el.className = `data-status ${cls || ''}`; };
    root.dataset.tables = 'loading';
    delete root.dataset.tablesLoaded;
    set('Network and city data: loading in the background (the analysis does not wait for it)…', 'loading');
    const t0 = performance.now();
    let list;
    try {
      ({ tables: list } = await engine.call('tables'));
    } catch (e) {
      if (generation !== tablesGeneration) return;
      set(`Network and city data: not available (${e.message}).`, 'failed');
      root.dataset.tables = 'done';
      return;
    }
    if (generation !== tablesGeneration) return;
    const total = list.length;
    const offered = list.filter((t) => t.offered);
    const missing = list.filter((t) => !t.offered).map((t) => t.name);
    const failures = [];
    let loaded = list.filter((t) => t.loaded).length;
    let loadedAny = false;
    const notIncluded = missing.length ? ` Not in this build: ${missing.join(', ')} (the full page dist/web/ has them).` : '';
    const progress = (current) => set(`Network and city data: ${loaded}/${total} loaded${current ? ` — loading ${current}…` : ''}`, 'loading');
    for (const t of offered) {
      if (t.loaded) continue;
      progress(t.name);
      try {
        await engine.call('loadTable', { name: t.name });
        if (generation !== tablesGeneration) return;
        loaded++; loadedAny = true;
      } catch (e) {
        if (generation !== tablesGeneration || e.code === 'cancelled') return;
        failures.push(e.message);
      }
    }
    const ms = performance.now() - t0;
    const took = ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
    const names = list.filter((t) => t.offered && !failures.some((f) => f.startsWith(`${t.name}:`))).map((t) => t.name);
    let text = `Network and city data: ${loaded}/${total} loaded${loadedAny ? ` in ${took}` : ''}${names.length ? ` (${names.join(', ')})` : ''}.`;
    if (failures.length) text += ` Not loaded — ${failures.join('; ')}.`;
    text += notIncluded;
    if (failures.length || missing.length) text += ' The analysis runs without it; the report\'s notes say what that limits.';
    set(text, failures.length ? 'failed' : loaded === total ? 'ready' : 'partial');
    root.dataset.tablesLoaded = String(loaded);
    root.dataset.tables = 'done';
    performance.mark('ownercheck-tables');
    if (loadedAny) rerun();
    warmEngine();
  }

  /** Warms the engine at idle (op 'warm' in worker-core.mjs) so a big paste meets optimised code. */
  async function warmEngine() {
    if (engine.kind !== 'worker') return;  // inline, it would block the page; the worker runs beside it
    try {
      await engine.call('warm');
      document.documentElement.dataset.engineWarm = 'done';
    } catch {
      // A reset or a failure only costs speed on the next large paste.
    }
  }

  /** Analyses the current input again (same input, better data): the report shown gets replaced. */
  function rerun() {
    if (!state.blocks.some((b) => b.textarea.value.trim())) return;
    state.seq++;
    state.rerunPending = true;
    $('results').setAttribute('aria-busy', 'true');
    clearTimeout(state.debounce);
    pump();
  }

  // ---------- start the engine ----------
  const t0 = performance.now();
  engine.call('init').then(({ version, crypto: hasCrypto }) => {
    $('version').textContent = version;
    $('engine-status').textContent = `Ready · works offline · nothing leaves this page (${engine.kind === 'worker' ? 'Web Worker' : 'in page'}, ${Math.round(performance.now() - t0)} ms)`;
    $('engine-status').classList.add('ready');
    if (!hasCrypto) { $('save-case').disabled = true; $('save-case').title = 'this build has no encrypted case files'; }
    document.documentElement.dataset.ready = 'true';
    performance.mark('ownercheck-ready');
    loadTables();
  }, (e) => {
    $('engine-status').textContent = `The analysis engine failed to load: ${e.message}`;
    $('engine-status').classList.add('failed');
  });
}

function blockName(b) { return b.labelInput.value || b.labelInput.placeholder; }
function hex(bytes) { return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(''); }
function formatBytes(n) { return n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1048576).toFixed(1)} MB`; }
function safeName(s) { return String(s).replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60) || 'case'; }
