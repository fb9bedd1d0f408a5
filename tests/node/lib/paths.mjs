// Where the tests find the builds: the native CLI (cmake --preset native) and the wasm
// distribution (emcmake cmake --preset wasm). Both must be built before the tests run.
// CANBAO_CLI and CANBAO_DIST point the tests at other builds (e.g. build/wasm-wx/dist).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const cli = path.resolve(root, process.env.CANBAO_CLI || 'build/native/canbao');
export const dist = path.resolve(root, process.env.CANBAO_DIST || 'build/wasm/dist');
export const wasmFile = path.join(dist, 'canbao-engine.wasm');
export const engineModule = path.join(dist, 'canbao-engine.mjs');
export const wrapperModule = path.join(dist, 'canbao.mjs');

export function requireBuilds({ native = false, wasm = true } = {}) {
  const missing = [];
  if (native && !existsSync(cli)) missing.push(`${cli} (cmake --preset native && cmake --build --preset native)`);
  if (wasm && !existsSync(wasmFile)) missing.push(`${wasmFile} (emcmake cmake --preset wasm ... && cmake --build --preset wasm)`);
  if (missing.length) throw new Error(`build first: ${missing.join('; ')}`);
}
