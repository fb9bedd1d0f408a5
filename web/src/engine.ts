// The rule engine: the project's WebAssembly module (build/wasm/dist), loaded on demand.
import type { Engine } from './types';
import wasmUrl from '@canbao/engine-wasm?url';

export async function loadEngine(): Promise<Engine> {
  const { createEngine } = await import('@canbao/engine');
  return createEngine({ locateFile: (file: string) => (file.endsWith('.wasm') ? wasmUrl : file), timeoutMs: 20000 });
}
