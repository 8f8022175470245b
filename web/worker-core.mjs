// What the analysis engine does for the page, independent of where it runs (a Web Worker in
// dist/web, the main thread in the single-file build). Requests are plain objects; replies are
// plain objects; failures become {error: {code, message}}.

export function makeHandler(loadApi) {
  let apiPromise = null;
  const api = () => (apiPromise ??= loadApi());
  const randomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));

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
        case 'seal':
          if (typeof oc.sealCase !== 'function') throw Object.assign(new Error('this build has no encrypted case files'), { code: 'unsupported' });
          return { bytes: oc.sealCase(msg.plaintext, msg.passphrase, randomBytes(16), randomBytes(12)) };
        case 'open':
          if (typeof oc.openCase !== 'function') throw Object.assign(new Error('this build has no encrypted case files'), { code: 'unsupported' });
          return { plaintext: oc.openCase(msg.bytes, msg.passphrase) };
        default:
          throw Object.assign(new Error(`unknown operation '${msg.op}', must be: init, analyze, render, seal, open`), { code: 'usage_error' });
      }
    } catch (err) {
      return { error: { code: err && err.code ? err.code : 'internal_error', message: String(err && err.message ? err.message : err) } };
    }
  };
}

/** Decodes the base64 text the build puts in ownercheck-wasm.mjs (CSP connect-src 'none': no fetch). */
export function decodeBase64(b64) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The wasm bytes from ownercheck-wasm.mjs: base64, gzipped when encoding is 'gzip'. */
export async function wasmBytes(b64, encoding) {
  const bytes = decodeBase64(b64);
  if (encoding !== 'gzip') return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
