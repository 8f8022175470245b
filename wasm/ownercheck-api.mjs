// The JS face of the wasm module: load once, then analyze(case) -> report.
// Failures become OwnercheckError with a code and the core's message (never null, never a string).
import createOwnercheck from './ownercheck.mjs';

export class OwnercheckError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'OwnercheckError';
    this.code = code; // 'invalid_case' | 'internal_error' | 'usage_error' | case files: 'wrong_passphrase' | 'bad_file' | 'unsupported_version' | 'invalid_argument'
  }
}

export async function loadOwnercheck(moduleOptions = {}) {
  const module = await createOwnercheck(moduleOptions);
  const run = (caseValue, { format = 'json', redact = false, redactKey = '' } = {}) => {
    const text = typeof caseValue === 'string' ? caseValue : JSON.stringify(caseValue);
    const r = module.analyzeCase(text, format, redact, redactKey);
    if (r.status !== 'ok') throw new OwnercheckError(r.status, r.error);
    return r.output;
  };
  return {
    version: () => module.version(),
    /** The report as an object (ownercheck.report/1). */
    analyze: (caseValue, options = {}) => JSON.parse(run(caseValue, { ...options, format: 'json' })),
    /** The report rendered as 'json', 'markdown' or 'text'. */
    render: run,
    /**
     * Hands a data table (IP ranges, ASN names, cities: the bytes of data/<name>.bin) to the core.
     * Throws OwnercheckError 'bad_table' with the core's reason when the bytes are refused.
     */
    registerTable: (name, bytes) => {
      const why = module.registerTable(String(name), bytes);
      if (why) throw new OwnercheckError('bad_table', `${name}: ${why}`);
    },
    /** Every table the core can use, smallest first, and whether it is loaded: [{name, loaded}]. */
    tables: () => JSON.parse(module.tableNames()),
    /** What enrich makes of one item: kind 'ua' | 'ip' | 'address' | 'place'. */
    describe: (kind, item) => JSON.parse(module.describe(String(kind), String(item))),
    /**
     * Encrypts a case (JSON text) into an encrypted case file (Uint8Array): AES-256-GCM, key from
     * scrypt over the passphrase. salt: 16 random bytes, nonce: 12 random bytes (Uint8Array, from
     * crypto.getRandomValues). Throws OwnercheckError 'invalid_argument' | 'internal_error'.
     */
    sealCase: (plaintext, passphrase, salt, nonce) => {
      const r = module.sealCase(String(plaintext), String(passphrase), salt, nonce);
      if (r.status !== 'ok') throw new OwnercheckError(r.status, r.error);
      return r.bytes;
    },
    /**
     * Decrypts an encrypted case file (Uint8Array) to its JSON text. Throws OwnercheckError
     * 'wrong_passphrase' (wrong passphrase or altered file) | 'bad_file' | 'unsupported_version' |
     * 'invalid_argument' | 'internal_error'.
     */
    openCase: (bytes, passphrase) => {
      const r = module.openCase(bytes, String(passphrase));
      if (r.status !== 'ok') throw new OwnercheckError(r.status, r.error);
      return r.text;
    },
  };
}
