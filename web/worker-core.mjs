// What the analysis engine does for the page, independent of where it runs (a Web Worker in
// dist/web, the main thread in the single-file build). Requests are plain objects; replies are
// plain objects; failures become {error: {code, message}}.
//
// Data tables (IP ranges, ASN names, cities) are not compiled into the wasm: the page hands them
// over after the engine is up (op 'loadTable'), each checked against the SHA-256 of the build's
// manifest before the core sees it. `data` says where they come from:
//   data.manifest()    -> Promise of the manifest ({format, tables: [{name, bytes, gzip_bytes, sha256, source}]})
//   data.source(name)  -> Promise of the table's module ({encoding, default: base64}), or null when
//                         this build does not carry it (the single file carries only some).
//   data.offered       -> the names this build can load (default: every name in the manifest)

const OPS = 'init, analyze, render, seal, open, tables, loadTable, warm';

export function makeHandler(loadApi, data = null) {
  let apiPromise = null;
  let manifestPromise = null;
  const api = () => (apiPromise ??= loadApi());
  const manifest = () => (manifestPromise ??= data ? Promise.resolve(data.manifest()) : Promise.resolve({ tables: [] }));
  const randomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));
  const fail = (code, message) => Object.assign(new Error(message), { code });

  return async function handle(msg) {
    try {
      const oc = await api();
      switch (msg.op) {
        case 'init':
          return { version: oc.version(), crypto: typeof oc.sealCase === 'function' };
        case 'analyze': {
          const t0 = performance.now();
          const report = oc.analyze(msg.case);
          return { report, ms: Math.round(performance.now() - t0) };
        }
        case 'render':
          return { text: oc.render(msg.case, msg.options || {}) };
        case 'warm': {
          // V8 runs WebAssembly first through its baseline compiler and swaps in optimised code
          // per function, between calls: a huge paste analysed by a cold engine can spend all of
          // its one long call in baseline code (about 3x slower). A few small analyses at idle
          // make the hot functions optimised before the specialist's big paste arrives.
          const t0 = performance.now();
          const sample = warmUpCase();
          for (let i = 0; i < 3; i++) oc.analyze(sample);
          return { ms: Math.round(performance.now() - t0) };
        }
        case 'seal':
          if (typeof oc.sealCase !== 'function') throw fail('unsupported', 'this build has no encrypted case files');
          return { bytes: oc.sealCase(msg.plaintext, msg.passphrase, randomBytes(16), randomBytes(12)) };
        case 'open':
          if (typeof oc.openCase !== 'function') throw fail('unsupported', 'this build has no encrypted case files');
          return { plaintext: oc.openCase(msg.bytes, msg.passphrase) };
        case 'tables': {
          // The core's tables (smallest first), with what the manifest says and whether this build has them.
          const core = typeof oc.tables === 'function' ? oc.tables() : [];
          const m = await manifest();
          const byName = new Map((m.tables || []).map((t) => [t.name, t]));
          const offered = new Set(data ? (data.offered || [...byName.keys()]) : []);
          return { tables: core.map((t) => {
            const info = byName.get(t.name) || {};
            return { name: t.name, loaded: !!t.loaded, offered: offered.has(t.name) && byName.has(t.name),
              bytes: info.bytes ?? null, gzip_bytes: info.gzip_bytes ?? null, source: info.source ?? null };
          }) };
        }
        case 'loadTable': {
          const t0 = performance.now();
          const name = String(msg.name || '');
          const m = await manifest();
          const info = (m.tables || []).find((t) => t.name === name);
          if (!info) throw fail('bad_table', `${name}: not in this build's data manifest`);
          const module = data && (!data.offered || data.offered.includes(name)) ? await data.source(name) : null;
          if (!module || typeof module.default !== 'string') throw fail('bad_table', `${name}: this build does not include it`);
          const bytes = await wasmBytes(module.default, module.encoding);
          const digest = await sha256Hex(bytes);
          if (digest !== info.sha256) {
            throw fail('bad_table', `${name}: checksum mismatch (SHA-256 ${digest.slice(0, 12)}…, the manifest says ${String(info.sha256).slice(0, 12)}…): refused`);
          }
          if (info.bytes != null && bytes.length !== info.bytes) throw fail('bad_table', `${name}: ${bytes.length} bytes, the manifest says ${info.bytes}: refused`);
          oc.registerTable(name, bytes);
          return { name, bytes: bytes.length, ms: Math.round(performance.now() - t0) };
        }
        default:
          throw fail('usage_error', `unknown operation '${msg.op}', must be: ${OPS}`);
      }
    } catch (err) {
      return { error: { code: err && err.code ? err.code : 'internal_error', message: String(err && err.message ? err.message : err) } };
    }
  };
}

/** A made-up case of 2,000 logins and a short reply, only to exercise the engine (op 'warm'). */
export function warmUpCase(lines = 2000) {
  const agents = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'];
  const rows = ['time,event,ip,country,city,user_agent,status'];
  for (let i = 0; i < lines; i++) {
    const t = new Date(Date.UTC(2025, 0, 1) + i * 3_700_000).toISOString().replace('.000', '');
    rows.push(`${t},auth.login,198.51.100.${i % 250},DE,Berlin,"${agents[i % 2]}",${i % 9 ? 'OK' : 'failed'}`);
  }
  return JSON.stringify({
    schema: 'ownercheck.case/1', case_id: 'WARM-UP', opened_at: '2025-12-01T00:00:00Z',
    evidence: [{ kind: 'logs', label: 'warm-up', text: rows.join('\n') },
      { kind: 'answers', label: 'reply', text: 'I opened my account in January 2025 and log in from Berlin with Chrome.' }],
  });
}

/** SHA-256 of bytes as lowercase hex (SubtleCrypto: the page is a secure context, file:// included). */
export async function sha256Hex(bytes) {
  if (!globalThis.crypto || !crypto.subtle) throw Object.assign(new Error('this browser cannot check the data (no SubtleCrypto): not loaded'), { code: 'bad_table' });
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Decodes the base64 text the build puts in ownercheck-wasm.mjs (CSP connect-src 'none': no fetch). */
export function decodeBase64(b64) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The bytes of a generated module (wasm or data table): base64, gzipped when encoding is 'gzip'. */
export async function wasmBytes(b64, encoding) {
  const bytes = decodeBase64(b64);
  if (encoding !== 'gzip') return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
