// The timeline (SVG) of the recent events: logins by place and device, security changes, money
// movements, the ticket, with the claims pinned at the dates they state. When the report carries
// `timeline` (events the core normalised) it is drawn as is; otherwise the events are read from
// the timestamps of the pasted log lines — for display only, the verdicts never depend on it.
import { svg, h } from './dom.mjs';

const MONTHS = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };

/** The first timestamp in a log line, in ms since the epoch (UTC when no zone), or null. */
export function lineTime(line) {
  let m = /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?/.exec(line);
  if (m) {
    const zone = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : 'Z';
    const t = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] || '00'}${zone}`);
    if (!Number.isNaN(t)) return t;
  }
  m = /(?:^|[^\d.])(1\d{9})(\d{3})?(?![\d.])/.exec(line);
  if (m) return Number(m[1]) * 1000 + (m[2] ? Number(m[2]) : 0);
  m = /(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})/.exec(line);
  if (m) return Date.UTC(+m[3], +m[2] - 1, +m[1], +m[4], +m[5]);
  m = /(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?/i.exec(line);
  if (m) {
    let hour = +m[4];
    if (m[7]) hour = (hour % 12) + (/pm/i.test(m[7]) ? 12 : 0);
    return Date.UTC(+m[3], +m[1] - 1, +m[2], hour, +m[5], +(m[6] || 0));
  }
  m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})/.exec(line);
  if (m && MONTHS[m[2].toLowerCase()] !== undefined) return Date.UTC(+m[3], MONTHS[m[2].toLowerCase()], +m[1], +m[4], +m[5]);
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
  if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return null;
}

const LANES = [
  { key: 'login', label: 'Logins', shape: 'circle', test: /log.?in|sign.?in|auth|session/i },
  { key: 'security', label: 'Security', shape: 'diamond', test: /pass(word)?|2fa|otp|totp|mfa|email.?change|api.?key|address|phone|security|reset|lock/i },
  { key: 'money', label: 'Money', shape: 'square', test: /deposit|withdraw|trade|buy|sell|transfer|spend|receive/i },
  { key: 'claim', label: 'Claims', shape: 'pin' },
  { key: 'ticket', label: 'Ticket', shape: 'bar' },
];

function classify(line) {
  // Security before login: "2fa_reset_request" and "password_reset" mention neither money nor login.
  const order = ['security', 'money', 'login'];
  for (const key of order) if (LANES.find((l) => l.key === key).test.test(line)) return key;
  return null;
}

/** Events for the timeline from the report (preferred) or the pasted lines. */
export function collectEvents(report, blocks) {
  if (Array.isArray(report.timeline) && report.timeline.length) {
    return report.timeline.map((e) => ({
      time: Date.parse(e.time), lane: LANES.some((l) => l.key === e.lane) ? e.lane : classify(`${e.kind || ''}`) || 'login',
      label: e.label || e.kind || '', failed: !!e.failed, block: e.block, line: e.line,
    })).filter((e) => !Number.isNaN(e.time));
  }
  const events = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'answers') return;
    block.text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      const time = lineTime(line);
      const lane = time === null ? null : classify(line);
      if (!lane) return;
      events.push({ time, lane, label: line.length > 160 ? `${line.slice(0, 157)}…` : line,
        failed: /fail|denied|invalid|wrong|error|blocked|reject/i.test(line), block: index, line: i + 1 });
    });
  });
  return events;
}

function claimTime(claim) {
  const v = claim.value || {};
  for (const key of ['date', 'time', 'from', 'month']) {
    if (typeof v[key] === 'string') {
      const t = Date.parse(/^\d{4}-\d{2}$/.test(v[key]) ? `${v[key]}-01` : v[key]);
      if (!Number.isNaN(t)) return t;
    }
  }
  return null;
}

const VERDICT_MARK = { corroborated: '✔', partial: '◐', contradicted: '✖', unverifiable: '?' };

function marker(shape, x, y, failed) {
  const cls = `mark${failed ? ' failed' : ''}`;
  switch (shape) {
    case 'diamond': return svg('path', { class: cls, d: `M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z` });
    case 'square': return svg('rect', { class: cls, x: x - 5, y: y - 5, width: 10, height: 10 });
    default: return svg('circle', { class: cls, cx: x, cy: y, r: 5 });
  }
}

/**
 * Draws the timeline into `container`. onSelect(block, [lines]) is called when a marker is
 * activated (click, Enter or Space).
 */
export function renderTimeline(container, report, blocks, nowIso, onSelect) {
  const events = collectEvents(report, blocks);
  const nowParsed = Date.parse(nowIso || '');
  const latest = events.reduce((m, e) => Math.max(m, e.time), -Infinity);
  const now = !Number.isNaN(nowParsed) ? nowParsed : (Number.isFinite(latest) ? latest : Date.now());
  const DAY = 86400000;
  // At most the 45 days before the ticket; less when the events are all recent, so a burst stays readable.
  const horizon = now - 45 * DAY;
  const end = now + DAY;
  const inWindow = events.filter((e) => e.time >= horizon && e.time <= end).sort((a, b) => a.time - b.time).slice(-400);
  const claimsAll = (report.claims || []).map((c) => ({ claim: c, time: claimTime(c) })).filter((c) => c.time !== null && c.time >= horizon && c.time <= end);
  const earliest = Math.min(now - 7 * DAY, ...inWindow.map((e) => e.time), ...claimsAll.map((c) => c.time));
  const start = Math.max(horizon, earliest - DAY);
  const recent = inWindow;
  const claims = claimsAll;

  const W = 900; const left = 90; const right = 20; const laneH = 44; const top = 22;
  const H = top + LANES.length * laneH + 30;
  const x = (t) => left + ((t - start) / (end - start)) * (W - left - right);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'group',
    'aria-label': `Timeline before the ticket: ${recent.length} events, ${claims.length} claims pinned` });
  const laneY = {};
  LANES.forEach((lane, i) => {
    const y = top + i * laneH + laneH / 2;
    laneY[lane.key] = y;
    root.append(svg('line', { class: 'lane', x1: left, x2: W - right, y1: y, y2: y }),
      svg('text', { class: 'lane-label', x: 8, y: y + 4 }, lane.label));
  });
  const step = end - start > 12 * DAY ? 7 * DAY : DAY;
  for (let t = Math.ceil(start / step) * step; t <= end; t += step) {
    const d = new Date(t).toISOString().slice(0, 10);
    root.append(svg('line', { class: 'tick', x1: x(t), x2: x(t), y1: top, y2: H - 24 }),
      svg('text', { class: 'tick-label', x: x(t), y: H - 8, 'text-anchor': 'middle' }, d.slice(5)));
  }
  const nowX = x(now);
  root.append(svg('line', { class: 'now', x1: nowX, x2: nowX, y1: top, y2: H - 24 }),
    svg('text', { class: 'now-label', x: nowX - 4, y: laneY.ticket + 4, 'text-anchor': 'end' }, 'ticket ▶'));

  // One tab stop for the whole timeline (roving tabindex): arrows move between marks in time
  // order, Home/End jump to the ends, Enter or Space shows the cited line.
  const marks = [];
  const focusable = (g, label, activate) => {
    setAttr(g, { tabindex: -1, role: 'button', 'aria-label': label });
    g.append(svg('title', {}, label));
    g.addEventListener('click', activate);
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(); return; }
      const i = marks.indexOf(g);
      const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: marks.length - 1 }[e.key];
      if (next === undefined || !marks[next]) return;
      e.preventDefault();
      g.setAttribute('tabindex', '-1');
      marks[next].setAttribute('tabindex', '0');
      marks[next].focus();
    });
    marks.push(g);
  };
  const lastX = {};
  const stack = {};
  for (const e of recent) {
    const lane = LANES.find((l) => l.key === e.lane);
    // Events closer than a marker's width stack up and down the lane instead of hiding each other.
    const ex = x(e.time);
    stack[e.lane] = lastX[e.lane] !== undefined && ex - lastX[e.lane] < 6 ? stack[e.lane] + 1 : 0;
    lastX[e.lane] = ex;
    const level = stack[e.lane] % 5;
    const dy = [0, -9, 9, -18, 18][level] * 0.8;
    const g = svg('g', { class: `event lane-${e.lane}` }, marker(lane.shape, ex, laneY[e.lane] + dy, e.failed));
    const when = new Date(e.time).toISOString().replace('T', ' ').slice(0, 16);
    focusable(g, `${lane.label}${e.failed ? ' (failed)' : ''} ${when} UTC — block ${e.block + 1} line ${e.line}: ${e.label}`,
      () => onSelect(e.block, [e.line]));
    root.append(g);
  }
  for (const { claim, time } of claims) {
    const cx = x(time); const cy = laneY.claim;
    const verdict = claim.verdict || 'unverifiable';
    const g = svg('g', { class: `event pin verdict-${verdict}` },
      svg('line', { class: 'pin-stem', x1: cx, x2: cx, y1: cy - 12, y2: cy + 6 }),
      svg('circle', { class: 'mark', cx, cy: cy - 12, r: 8 }),
      svg('text', { class: 'pin-text', x: cx, y: cy - 8, 'text-anchor': 'middle' }, VERDICT_MARK[verdict] || '?'));
    const cites = (claim.evidence || []);
    focusable(g, `Claim ${claim.id} ${claim.topic}: ${verdict} — “${claim.text || ''}”`, () => {
      if (cites.length) onSelect(cites[0].block, cites.filter((c) => c.block === cites[0].block).map((c) => c.line));
      else if (claim.source) onSelect(claim.source.block, [claim.source.line]);
    });
    root.append(g);
  }
  if (marks.length) marks[0].setAttribute('tabindex', '0');
  container.replaceChildren(root,
    h('p', { class: 'hint' }, recent.length ? `${recent.length} events from ${new Date(start).toISOString().slice(0, 10)} to the ticket` : 'No dated event in the 45 days before the ticket.',
      Array.isArray(report.timeline) && report.timeline.length ? '' : ' (read from the timestamps of the pasted lines).',
      ' Keys: Tab to the timeline, arrows between marks, Enter to see the line. Shapes: ● login, ◆ security change, ■ money, pin = claim (✔ corroborated, ◐ partial, ✖ contradicted, ? unverifiable); hollow = failed.'));
}

function setAttr(el, attrs) {
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
}
