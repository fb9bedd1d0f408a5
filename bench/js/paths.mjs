// Where the harnesses find the builds.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './cases.mjs';

export const CLI = path.join(ROOT, 'build/native/canbao');
export const WASM_DIST = path.join(ROOT, 'build/wasm/dist');
export const WEB_DIST = path.join(ROOT, 'web/dist');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];

/** The wasm distribution: the public wrapper (canbao.mjs) and the engine's .wasm. */
export function engineFiles() {
  const wrapper = path.join(WASM_DIST, 'canbao.mjs');
  const wasm = existsSync(WASM_DIST) && readdirSync(WASM_DIST).find((f) => f.endsWith('.wasm'));
  if (!existsSync(wrapper) || !wasm) throw new Error(`no wasm build in ${WASM_DIST} (canbao.mjs + *.wasm)`);
  return { wrapper, wasm: path.join(WASM_DIST, wasm), wasmName: wasm };
}

export const hasWasm = () => { try { engineFiles(); return true; } catch { return false; } };
export const hasPortal = () => existsSync(path.join(WEB_DIST, 'index.html'));
