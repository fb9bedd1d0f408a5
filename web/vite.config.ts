// Vite build of the citizen portal (web/ -> web/dist/), then a Workbox service worker that
// precaches everything (the engine's .wasm and the article texts included), then a size check
// against the precache budget. npm run build:web
import { defineConfig, type Plugin } from 'vite';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { buildArticleSets } from './build/articles';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '..');
// the engine build to bundle (CANBAO_ENGINE_DIR overrides, e.g. to try another build of it)
const engineDir = resolve(process.env.CANBAO_ENGINE_DIR || resolve(repo, 'build/wasm/dist'));
const outDir = resolve(here, 'dist');
/** the precache budget, brotli bytes, the .wasm included */
const BUDGET = 400 * 1024;

function articles(): Plugin {
  return {
    name: 'canbao-articles',
    apply: 'build',
    generateBundle() {
      for (const set of buildArticleSets(repo)) {
        this.emitFile({ type: 'asset', fileName: `articles/${set.id}.json`, source: JSON.stringify(set) });
      }
    },
  };
}

/**
 * The first answer needs the engine, which the page imports dynamically: index JS -> engine
 * chunk -> wrapper chunk -> .wasm, one round trip each (docs/performance.md §3). Tell the
 * browser about all of them in index.html, so they load in parallel with the index JS:
 * modulepreload for the two chunks, and a preload of the .wasm as a fetch. The engine fetches
 * the .wasm with fetch(url, { credentials: 'same-origin' }) in CORS mode, which is exactly what
 * `as="fetch" crossorigin` (anonymous) asks for, so the browser reuses the preloaded response
 * instead of fetching it twice. Links, not script: the Content-Security-Policy is unchanged.
 */
function enginePreload(): Plugin {
  return {
    name: 'canbao-engine-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks: string[] = [];
        let wasm: string | null = null;
        const engineTs = resolve(here, 'src/engine.ts');
        const wrapper = join(engineDir, 'canbao.mjs');
        for (const item of Object.values(bundle)) {
          if (item.type === 'chunk') {
            const id = item.facadeModuleId ? resolve(item.facadeModuleId) : '';
            if (id === engineTs || id === wrapper) chunks.push(item.fileName);
          } else if (/canbao-engine.*\.wasm$/.test(item.fileName)) wasm = item.fileName;
        }
        if (chunks.length !== 2 || !wasm) throw new Error(`engine preload: expected the engine chunk, the wrapper chunk and the .wasm, found ${JSON.stringify({ chunks, wasm })}`);
        return [
          ...chunks.sort().map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
          { tag: 'link', attrs: { rel: 'preload', as: 'fetch', type: 'application/wasm', crossorigin: true, href: `./${wasm}` }, injectTo: 'head' as const },
        ];
      },
    },
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function serviceWorker(): Plugin {
  return {
    name: 'canbao-service-worker',
    apply: 'build',
    async closeBundle() {
      const { generateSW } = await import('workbox-build');
      const { count, size, warnings } = await generateSW({
        globDirectory: outDir,
        globPatterns: ['**/*.{html,js,css,wasm,json,webmanifest,svg,png}'],
        globIgnores: ['sw.js', 'size-report.json'],
        swDest: join(outDir, 'sw.js'),
        mode: 'production',
        sourcemap: false,
        inlineWorkboxRuntime: true,
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        // ?kiosk=1&idle=… and ?lang=en are read by the page, not the server: one cached index.html
        ignoreURLParametersMatching: [/.*/],
        dontCacheBustURLsMatching: /assets\/.+-[A-Za-z0-9_-]{8,}\./,
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      });
      for (const w of warnings) console.warn(`workbox: ${w}`);
      // size report: every precached file, raw / gzip / brotli
      const files = walk(outDir).filter((f) => !f.endsWith('size-report.json'));
      let total = { raw: 0, gzip: 0, brotli: 0 };
      const rows = files.map((f) => {
        const buf = readFileSync(f);
        const r = {
          file: relative(outDir, f),
          raw: buf.length,
          gzip: gzipSync(buf, { level: 9 }).length,
          brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        };
        total = { raw: total.raw + r.raw, gzip: total.gzip + r.gzip, brotli: total.brotli + r.brotli };
        return r;
      }).sort((a, b) => b.brotli - a.brotli);
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      console.log(`\nservice worker: ${count} files precached (${kb(size)} raw)`);
      for (const r of rows) console.log(`  ${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gz ${kb(r.brotli).padStart(10)} br`);
      console.log(`  ${'total (all files, sw.js included)'.padEnd(44)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)} gz ${kb(total.brotli).padStart(10)} br  (budget ${kb(BUDGET)} br)`);
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(outDir, 'size-report.json'), JSON.stringify({ files: rows, total, budget_brotli: BUDGET }, null, 1));
      if (total.brotli > BUDGET) throw new Error(`precache ${kb(total.brotli)} brotli is over the ${kb(BUDGET)} budget`);
    },
  };
}

export default defineConfig(() => {
  if (!existsSync(join(engineDir, 'canbao.mjs'))) {
    throw new Error(`the engine module is missing: ${engineDir}/canbao.mjs — build it first (cmake --preset wasm via emcmake; see wasm/CMakeLists.txt)`);
  }
  return {
    root: here,
    base: './',
    publicDir: 'public',
    resolve: {
      alias: [
        { find: /^@canbao\/engine-wasm(\?.*)?$/, replacement: `${join(engineDir, 'canbao-engine.wasm')}$1` },
        { find: /^@canbao\/engine$/, replacement: join(engineDir, 'canbao.mjs') },
      ],
    },
    server: { fs: { allow: [repo] } },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2020',
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      sourcemap: false,
      reportCompressedSize: false,
    },
    plugins: [articles(), enginePreload(), serviceWorker()],
  };
});
