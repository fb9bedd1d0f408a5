// The machine and the software the figures were measured with.
//   node bench/js/machine.mjs "LOAD AT START" "LOAD AT END" > bench/out/machine.json
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { ROOT } from './cases.mjs';
import { CHROMIUM } from './paths.mjs';

const sh = (cmd, args) => { try { return execFileSync(cmd, args, { encoding: 'utf8', cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; } };
const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model;
const info = readFileSync('/proc/cpuinfo', 'utf8');
const field = (name) => new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm').exec(info)?.[1] ?? null;
const mhz = field('cpu MHz');
console.log(JSON.stringify({
  date: new Date().toISOString(),
  nproc: Number(sh('nproc', [])),
  cpu, cpuFamily: field('cpu family'), cpuModel: field('model'), mhz: mhz ? Number(mhz) : null,
  memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  kernel: os.release(),
  os: /PRETTY_NAME="([^"]*)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1],
  loadAverage: { start: process.argv[2], end: process.argv[3] },
  gxx: sh('g++', ['-dumpfullversion']),
  node: process.version,
  chromium: sh(CHROMIUM, ['--version']),
  commit: sh('git', ['rev-parse', '--short', 'HEAD']),
  dirty: (sh('git', ['status', '--porcelain', '--', 'core', 'cli', 'wasm', 'web']) || '').split('\n').filter(Boolean).length,
}));
