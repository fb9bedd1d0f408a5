/// <reference types="vite/client" />
declare module '@canbao/engine' {
  import type { Engine } from './types';
  export function createEngine(options?: {
    wasmBinary?: ArrayBuffer | Uint8Array;
    locateFile?: (file: string, dir?: string) => string;
    timeoutMs?: number;
  }): Promise<Engine>;
}
