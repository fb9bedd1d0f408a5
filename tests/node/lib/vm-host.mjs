// A host without fetch, window, document, XMLHttpRequest, process, require, URL, TextDecoder and
// even a global WebAssembly: a bare `vm` context standing in for a WeChat mini-program, which
// has only WXWebAssembly, whose instantiate(path, imports) takes a path inside the code package.
// Run by vm-nofetch.test.mjs as: node --experimental-vm-modules tests/node/lib/vm-host.mjs
// Prints one JSON line: {globals, version, rulesHash, answers: [...]}.
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dist, root } from './paths.mjs';

// The "code package": files the mini-program ships, by package path.
const pkg = new Map([
  ['/canbao/canbao-engine.wasm', readFileSync(path.join(dist, 'canbao-engine.wasm'))],
]);
const realWebAssembly = WebAssembly;

const context = vm.createContext({});
// A fresh context has its own WebAssembly: take it away, as WeChat does.
vm.runInContext('delete globalThis.WebAssembly;', context);
// WXWebAssembly as documented: instantiate(path, imports) with a package path (no bytes, no URL).
context.WXWebAssembly = {
  instantiate(packagePath, imports) {
    if (typeof packagePath !== 'string') return Promise.reject(new TypeError('WXWebAssembly.instantiate takes a path'));
    const bytes = pkg.get(packagePath);
    if (!bytes) return Promise.reject(new Error(`not in the code package: ${packagePath}`));
    return realWebAssembly.instantiate(bytes, imports);
  },
  Memory: realWebAssembly.Memory,
  Table: realWebAssembly.Table,
  Global: realWebAssembly.Global,
  RuntimeError: realWebAssembly.RuntimeError,
};

const exampleText = readFileSync(path.join(root, 'examples/contract-example.json'), 'utf8');
context.__inputs = [exampleText, '{"region":"440100","date":"2026-03-01"}', 'not json',
  JSON.stringify({ region: '220100', date: '2026-05-10', action: 'enroll_resident', coverage: { years: [2025] } })];

// The page's own code, as a mini-program would write it (see docs/embedding.md).
const pageSource = `
import { createEngine, CanbaoError } from './canbao.mjs';
const globals = {};
for (const name of ['fetch', 'XMLHttpRequest', 'window', 'document', 'self', 'process', 'require', 'URL',
  'TextDecoder', 'TextEncoder', 'importScripts', 'WebAssembly', 'setTimeout', 'location'])
  globals[name] = typeof globalThis[name];
const engine = await createEngine({
  WebAssembly: WXWebAssembly,
  instantiateWasm(imports, receiveInstance) {
    WXWebAssembly.instantiate('/canbao/canbao-engine.wasm', imports)
      .then((result) => receiveInstance(result.instance));
    return {};
  },
});
const answers = __inputs.map((t) => engine.assessJson(t));
let thrown = null;
try { engine.assess('not json'); } catch (e) { thrown = { isCanbaoError: e instanceof CanbaoError, error: e.error }; }
export const result = { globals, version: engine.version, rulesHash: engine.rulesHash, answers, thrown,
  object: engine.assess(JSON.parse(__inputs[0])).registration.outcome };
`;

const sources = {
  './canbao.mjs': readFileSync(path.join(dist, 'canbao.mjs'), 'utf8'),
  './canbao-engine.mjs': readFileSync(path.join(dist, 'canbao-engine.mjs'), 'utf8'),
};
const cache = new Map();
function load(specifier) {
  if (!(specifier in sources)) throw new Error(`unexpected import ${specifier}`);
  if (!cache.has(specifier)) cache.set(specifier, new vm.SourceTextModule(sources[specifier], { context, identifier: specifier }));
  return cache.get(specifier);
}
const page = new vm.SourceTextModule(pageSource, { context, identifier: 'page.mjs' });
await page.link(load);
await page.evaluate();
const { result } = page.namespace;
process.stdout.write(JSON.stringify(result) + '\n');
