// The page's handle on the analysis engine: call(op, payload) -> Promise of the reply.
// workerEngine runs it in a Web Worker (dist/web); inlineEngine on the main thread (the
// single-file build, where file:// forbids worker scripts).
import { makeHandler } from './worker-core.mjs';

export class EngineError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
  }
}

function unwrap(reply) {
  if (reply.error) throw new EngineError(reply.error.code, reply.error.message);
  return reply;
}

export function workerEngine(url) {
  let worker = null;
  let nextId = 1;
  const waiting = new Map();
  const start = () => {
    worker = new Worker(url, { type: 'module', name: 'ownercheck-analysis' });
    worker.onmessage = (event) => {
      const entry = waiting.get(event.data.id);
      if (!entry) return;
      waiting.delete(event.data.id);
      entry.resolve(event.data);
    };
    worker.onerror = (event) => {
      const message = event.message || 'the analysis worker failed to start';
      for (const entry of waiting.values()) entry.resolve({ error: { code: 'internal_error', message } });
      waiting.clear();
    };
  };
  start();
  return {
    kind: 'worker',
    call(op, payload = {}) {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, { resolve });
        worker.postMessage({ id, op, ...payload });
      }).then(unwrap);
    },
    /** Drops the worker and everything in its memory (Clear everything). */
    reset() {
      worker.terminate();
      for (const entry of waiting.values()) entry.resolve({ error: { code: 'cancelled', message: 'cleared' } });
      waiting.clear();
      start();
    },
  };
}

export function inlineEngine(loadApi, data = null) {
  let handle = makeHandler(loadApi, data);
  return {
    kind: 'inline',
    async call(op, payload = {}) {
      // Let the page paint its progress bar before the synchronous analysis runs.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return unwrap(await handle({ op, ...payload }));
    },
    /** A fresh module instance on next use (the old one is garbage once unreferenced). */
    reset() { handle = makeHandler(loadApi, data); },
  };
}
