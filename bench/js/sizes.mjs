// Sizes raw / gzip -9 / brotli -q 11 (the command-line tools) of the engine (build/wasm/dist) and
// of the portal (web/dist): wasm, JS, CSS, HTML, article texts, and the service worker's precache
// (the URLs in web/dist/sw.js's manifest; sw.js itself is counted apart).
//   node bench/js/sizes.mjs > bench/out/sizes.json
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './cases.mjs';
import { WASM_DIST, WEB_DIST } from './paths.mjs';

const compressed = (tool, args, file) => execFileSync(tool, [...args, file], { maxBuffer: 64 << 20 }).length;
export function sizeOf(file) {
  return { raw: statSync(file).size, gzip: compressed('gzip', ['-9', '-c'], file), brotli: compressed('brotli', ['-q', '11', '-c'], file) };
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function kind(rel) {
  if (rel.startsWith('articles/')) return 'articles';
  if (rel === 'sw.js') return 'service worker';
  const ext = path.extname(rel).slice(1);
  return { wasm: 'wasm', js: 'js', mjs: 'js', css: 'css', html: 'html', png: 'images', svg: 'images', webmanifest: 'manifest', json: 'json' }[ext] || ext;
}

function group(root, files) {
  const rows = files.map((f) => ({ file: path.relative(root, f), kind: kind(path.relative(root, f)), ...sizeOf(f) }));
  const totals = {};
  for (const r of rows) {
    const t = (totals[r.kind] ||= { files: 0, raw: 0, gzip: 0, brotli: 0 });
    t.files++; t.raw += r.raw; t.gzip += r.gzip; t.brotli += r.brotli;
  }
  return { rows, totals };
}

// The precache manifest workbox wrote into sw.js: [{url:"…",revision:…}, …]
function precacheUrls() {
  const sw = path.join(WEB_DIST, 'sw.js');
  if (!existsSync(sw)) return null;
  return [...readFileSync(sw, 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
}

const out = { tools: { gzip: '-9', brotli: '-q 11' } };
if (existsSync(WASM_DIST)) {
  out.engine = group(WASM_DIST, walk(WASM_DIST).filter((f) => /\.(wasm|mjs)$/.test(f)));
}
if (existsSync(path.join(WEB_DIST, 'index.html'))) {
  out.portal = group(WEB_DIST, walk(WEB_DIST).filter((f) => !f.endsWith('size-report.json')));
  const urls = precacheUrls();
  if (urls) {
    const files = urls.map((u) => path.join(WEB_DIST, u)).filter(existsSync);
    const rows = files.map(sizeOf);
    out.precache = {
      files: files.length, missing: urls.length - files.length,
      raw: rows.reduce((s, r) => s + r.raw, 0), gzip: rows.reduce((s, r) => s + r.gzip, 0), brotli: rows.reduce((s, r) => s + r.brotli, 0),
      sw: sizeOf(path.join(WEB_DIST, 'sw.js')),
    };
  }
}
console.log(JSON.stringify(out));
