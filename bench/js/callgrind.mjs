// Instruction counts (callgrind: stable from run to run, unlike wall time on a shared machine) for
// each native stage, per case, and the hot spots of the decision and of the JSON edges.
//   node bench/js/callgrind.mjs [LATENCY_BINARY] > bench/out/callgrind.json
// The harness (bench/native/latency.cpp --callgrind STAGE) collects around STAGE only.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUT } from './cases.mjs';

export const STAGES = ['assess', 'json_parse', 'parse_case', 'decision', 'serialize'];
const HOT = ['parse_case', 'decision', 'serialize'];

// Shorter C++ names for the tables.
const tidy = (s) => s
  .replace(/nlohmann::json_abi_v3_11_2::/g, 'nl::')
  .replace(/std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >/g, 'string')
  .replace(/nl::basic_json<(nl::ordered_map|std::map), std::vector, string, bool, long, unsigned long, double, std::allocator, nl::adl_serializer, std::vector<unsigned char, std::allocator<unsigned char> >(, void)? >/g,
    (_, m) => (m === 'std::map' ? 'json' : 'ordered_json'))
  .replace(/\[abi:cxx11\]/g, '').replace(/\(anonymous namespace\)::/g, '')
  .replace(/\s+\[[^\]]*\]$/, '');

const annotate = (file, inclusive) => execFileSync('callgrind_annotate',
  [`--inclusive=${inclusive ? 'yes' : 'no'}`, '--threshold=100', file], { encoding: 'utf8', maxBuffer: 256 << 20 });

/** The n costliest functions of a profile, exclusive or inclusive of their callees. */
export function top(file, inclusive, n = 12) {
  const rows = [];
  for (const line of annotate(file, inclusive).split('\n')) {
    const m = /^\s*([\d,]+) \(\s*([\d.]+)%\)\s+(.*)$/.exec(line);
    if (!m || /PROGRAM TOTALS/.test(line)) continue;
    const fn = tidy(m[3].replace(/^[^:]*:/, '')); // without the file name
    if (inclusive && /^(main|\(below main\)|0x0|.*run_stage|.*libc_start)/.test(fn)) continue;
    rows.push({ ir: Number(m[1].replace(/,/g, '')), percent: Number(m[2]), fn });
    if (rows.length >= n) break;
  }
  return rows;
}

/** Profile one stage over one case set: { cases, irPerCase, file }. */
export function profile(bin, set, stage, dir) {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${set}.${stage}.out`);
  const res = execFileSync('valgrind', ['--tool=callgrind', '--collect-atstart=no', `--callgrind-out-file=${file}`,
    bin, path.join(OUT, `${set}.jsonl`), '--callgrind', stage], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const { cases } = JSON.parse(res);
  const ir = Number(/([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS/.exec(annotate(file, false))[1].replace(/,/g, ''));
  return { cases, irPerCase: Math.round(ir / cases), file };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bin = process.argv[2] || path.join(OUT, 'latency');
  const dir = path.join(OUT, 'callgrind');
  const out = { tool: 'valgrind --tool=callgrind', sets: {} };
  for (const set of ['corpus', 'generated']) {
    out.sets[set] = {};
    for (const stage of STAGES) {
      const { file, ...entry } = profile(bin, set, stage, dir);
      if (set === 'corpus' && HOT.includes(stage)) {
        entry.exclusive = top(file, false);
        entry.inclusive = top(file, true);
      }
      out.sets[set][stage] = entry;
    }
  }
  console.log(JSON.stringify(out));
}
