// Load the wasm engine in Node the way a host without fetch does: hand it the bytes.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { requireBuilds, wasmFile, wrapperModule } from './paths.mjs';

export async function loadEngine(options = {}) {
  requireBuilds();
  const { createEngine } = await import(pathToFileURL(wrapperModule).href);
  return createEngine({ wasmBinary: await readFile(wasmFile), ...options });
}

export async function loadApi() {
  requireBuilds();
  return import(pathToFileURL(wrapperModule).href);
}
