// The JS face of the wasm module: load once, then analyze(case) -> report.
// Failures become OwnercheckError with a code and the core's message (never null, never a string).
import createOwnercheck from './ownercheck.mjs';

export class OwnercheckError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'OwnercheckError';
    this.code = code; // 'invalid_case' | 'internal_error' | 'usage_error'
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
  };
}
