// The native CLI as the reference: `canbao batch`, one process, all lines piped through.
import { spawn } from 'node:child_process';
import { cli, requireBuilds } from './paths.mjs';

export function nativeBatch(lines) {
  requireBuilds({ native: true, wasm: false });
  return new Promise((resolve, reject) => {
    const child = spawn(cli, ['batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString('utf8');
      const result = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
      if (text === '') result.length = 0;
      resolve({ code, lines: result, stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', reject);
    child.stdin.end(lines.map((l) => l + '\n').join(''));
  });
}

export function nativeRun(args, input = '') {
  requireBuilds({ native: true, wasm: false });
  return new Promise((resolve, reject) => {
    // A command that does not read stdin (rulesets, --version) may exit before the write
    // lands: give it no stdin at all, and never let a closed pipe fail the test.
    const child = spawn(cli, args, { stdio: [input === '' ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8') }));
    if (child.stdin) {
      child.stdin.on('error', (e) => { if (e.code !== 'EPIPE') reject(e); });
      child.stdin.end(input);
    }
  });
}

/**
 * The native CLI and the wasm module must come from the same sources for parity to mean
 * anything: compare `canbao --version` with the engine's version and rules hash.
 */
export async function assertSameBuild(version, rulesHash) {
  const { stdout } = await nativeRun(['--version']);
  const want = `canbao ${version} (rules ${rulesHash})`;
  if (stdout.trim() !== want) {
    throw new Error(`native and wasm builds differ: CLI says "${stdout.trim()}", wasm says "${want}"; ` +
      'rebuild both (cmake --build --preset native && cmake --build --preset wasm)');
  }
}
