// Portal cold start in headless Chromium: from navigation to the first answer on screen for
// /#case=<base64url case JSON> (the first <section data-section data-outcome> in the DOM), each
// run in a fresh context (empty HTTP cache, no service worker), unthrottled and under
// Lighthouse's mobile profile (slow 4G + 4x CPU, applied over the DevTools protocol). Served by
// scripts/serve.mjs as is (identity), behind the brotli proxy (br, HTTP/1.1) and behind it over
// HTTPS with HTTP/2 (h2: as a production host would; DevTools throttling adds its latency to
// every request either way).
//   node bench/js/coldstart.mjs > bench/out/coldstart.json
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './cases.mjs';
import { launch, MOBILE, startServer, throttle } from './chromium.mjs';
import { WEB_DIST } from './paths.mjs';
import { summarize } from './stats.mjs';

const RUNS = Number(process.env.BENCH_COLD_RUNS || 10);
const theCase = JSON.parse(readFileSync(path.join(ROOT, 'examples/contract-example.json'), 'utf8'));
const hash = `#case=${Buffer.from(JSON.stringify(theCase), 'utf8').toString('base64url')}`;

// In the page before any script: note when the first answer section enters the DOM.
function observeFirstAnswer() {
  new MutationObserver((_, obs) => {
    if (document.querySelector('section[data-section][data-outcome]')) {
      window.__firstAnswer = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function run(browser, url, mobile) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true,
    ...(mobile ? { viewport: MOBILE.viewport, deviceScaleFactor: MOBILE.deviceScaleFactor, isMobile: true, hasTouch: true } : {}) });
  try {
    const page = await context.newPage();
    if (mobile) await throttle(page);
    await page.addInitScript(observeFirstAnswer);
    await page.goto(url + hash, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__firstAnswer !== undefined, null, { timeout: 60000, polling: 50 });
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      return {
        firstAnswer: window.__firstAnswer,
        domContentLoaded: nav.domContentLoadedEventEnd,
        fcp: fcp ? fcp.startTime : null,
        wasmFetchEnd: wasm ? wasm.responseEnd : null,
        transferred: performance.getEntriesByType('resource').reduce((s, r) => s + r.transferSize, nav.transferSize),
        shown: document.querySelectorAll('section[data-section]').length,
      };
    });
  } finally {
    await context.close();
  }
}

const browser = await launch();
try {
  const out = { case: 'examples/contract-example.json', runs: RUNS, mobileProfile: MOBILE, results: [] };
  for (const encoding of ['identity', 'br', 'h2']) {
    const server = await startServer(WEB_DIST, encoding);
    try {
      for (const mobile of [false, true]) {
        const runs = [];
        const failures = [];
        for (let i = 0; i < RUNS; i++) {
          try {
            runs.push(await run(browser, server.url, mobile));
          } catch (e) {
            failures.push(String(e.message).split('\n')[0]);
          }
        }
        out.results.push({ encoding, profile: mobile ? 'mobile' : 'unthrottled', sections: runs[0]?.shown ?? 0, failures,
          ...Object.fromEntries(['firstAnswer', 'domContentLoaded', 'fcp', 'wasmFetchEnd', 'transferred']
            .map((k) => [k, summarize(runs.map((r) => r[k]).filter((x) => x != null))])) });
      }
    } finally {
      await server.close();
    }
  }
  console.log(JSON.stringify(out));
} finally {
  await browser.close();
}
