// canbao 参保 — the public JavaScript API of the WebAssembly engine (contract v1).
//
//   import { createEngine } from './canbao.mjs';
//   const engine = await createEngine();            // browsers: fetches canbao-engine.wasm
//   engine.assess({ region: '440700', date: '2026-03-15', action: 'enroll_resident' });
//
// All rule logic lives in the C++ core; this file only moves text in and out of it.
// Hosts without fetch (Node, mini-programs, kiosks) pass options.wasmBinary (bytes),
// options.instantiateWasm (their own instantiation) and/or options.locateFile.
import createCanbaoModule from './canbao-engine.mjs';

/** The Error thrown by assess() for an invalid case; `.error` is the contract error object. */
export class CanbaoError extends Error {
  constructor(error) {
    super(`${error.code}: ${error.message}${error.path ? ` (at ${error.path})` : ''}`);
    this.name = 'CanbaoError';
    this.error = error;
  }
}

// JSON text of a case given as an object. A value JSON cannot carry (undefined, a function,
// a cycle, a BigInt) becomes the empty text, so the engine itself answers invalid_json.
function caseText(input) {
  if (typeof input === 'string') return input;
  try {
    const text = JSON.stringify(input);
    return typeof text === 'string' ? text : '';
  } catch {
    return '';
  }
}

function moduleOptions(options) {
  const m = {};
  if (options.wasmBinary != null) {
    const b = options.wasmBinary;
    m.wasmBinary = b instanceof Uint8Array ? b : new Uint8Array(b);
  }
  if (typeof options.instantiateWasm === 'function') m.instantiateWasm = options.instantiateWasm;
  if (typeof options.locateFile === 'function') m.locateFile = options.locateFile;
  // Given the bytes or an instantiation hook, nothing is fetched: the file name is only a label.
  else if (m.wasmBinary || m.instantiateWasm) m.locateFile = (file) => file;
  if (options.WebAssembly) m.WebAssembly = options.WebAssembly;
  // The engine prints nothing on success; route its rare diagnostics to the host.
  const log = options.onLog;
  m.print = m.printErr = typeof log === 'function' ? log : () => {};
  return m;
}

/**
 * Load the engine.
 * @param {import('./canbao.d.ts').EngineOptions} [options]
 * @returns {Promise<import('./canbao.d.ts').Engine>}
 */
export async function createEngine(options = {}) {
  let aborted = null;
  const m = moduleOptions(options);
  m.onAbort = (what) => {
    aborted = String(what || 'abort()');
  };
  // If a host's instantiateWasm never delivers, the module's promise never settles:
  // options.timeoutMs turns that into a rejection.
  const ready = createCanbaoModule(m);
  let timer;
  const core = options.timeoutMs > 0
    ? await Promise.race([ready, new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`canbao: the engine did not load within ${options.timeoutMs} ms`)), options.timeoutMs);
    })]).finally(() => clearTimeout(timer))
    : await ready;

  // The core answers every input with an assessment or an error object. Should it ever abort
  // (a C++ throw in a build without exceptions, memory exhausted), the instance is no longer
  // sound: that call and every later one throw a CanbaoError with code internal_error, and the
  // host creates a new engine.
  // The answer is decoded from wasm memory where the host has a TextDecoder (the same text as
  // embind's std::string return, which decodes with it too, at a fraction of the cost).
  const decoder = typeof TextDecoder === 'function' ? new TextDecoder() : null;
  const call = decoder
    ? (text) => {
      const ok = core.assessInPlace(text);
      const at = core.answerData();
      return { ok, json: decoder.decode(core.HEAPU8.subarray(at, at + core.answerSize())) };
    }
    : (text) => core.assess(text);
  const run = (text) => {
    if (aborted === null) {
      try {
        return call(text);
      } catch (e) {
        if (aborted === null) throw e;
      }
    }
    throw new CanbaoError({ code: 'internal_error', path: '',
      message: `the engine stopped (${aborted}): create a new engine` });
  };

  const version = core.version();
  const rulesHash = core.rulesHash();
  return Object.freeze({
    version,
    rulesHash,
    /** The assessment object; throws CanbaoError on invalid input. */
    assess(input) {
      const answer = run(caseText(input));
      const parsed = JSON.parse(answer.json);
      if (!answer.ok) throw new CanbaoError(parsed.error);
      return parsed;
    },
    /** The engine's exact JSON text: an assessment or {"error": {...}}, never a throw. */
    assessJson(json) {
      if (typeof json !== 'string') throw new TypeError('assessJson expects a JSON string');
      return run(json).json;
    },
    /** Metadata of every bundled ruleset and the default table. */
    rulesets() {
      return JSON.parse(core.rulesets());
    },
    /** The underlying emscripten module (HEAP8 etc.), for diagnostics and tests. */
    get module() {
      return core;
    },
  });
}

export default createEngine;
