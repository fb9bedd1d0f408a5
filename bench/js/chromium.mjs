// Debian's Chromium through playwright-core, and a static server (scripts/serve.mjs) with the
// bench's own page and modules routed in under /__bench/.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { serveBrotli } from './brotli-proxy.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './paths.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

export const launch = () => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

/**
 * scripts/serve.mjs on a free port; encoding 'br' puts the brotli proxy in front of it, 'h2' the
 * brotli proxy over HTTPS with HTTP/2 (self-signed: contexts need ignoreHTTPSErrors, Lighthouse's
 * Chrome --ignore-certificate-errors).
 */
export async function startServer(root, encoding = 'identity') {
  if (encoding === 'br') return serveBrotli(root);
  if (encoding === 'h2') return serveBrotli(root, { tls: true });
  const { server, url } = await serve(root, 0);
  return { url, close: () => new Promise((r) => server.close(r)) };
}

/** A page on `url` that can import /__bench/<file> (this folder) and is cross-origin isolated. */
export async function benchPage(context, url) {
  await context.route(`${url}__bench/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.replace('/__bench/', '');
    if (name === 'page.html') {
      return route.fulfill({ status: 200, headers: { ...ISOLATED, 'content-type': 'text/html' }, body: '<!doctype html><title>bench</title>' });
    }
    const body = await readFile(path.join(HERE, path.basename(name)));
    return route.fulfill({ status: 200, headers: { 'content-type': 'text/javascript' }, body });
  });
  const page = await context.newPage();
  await page.goto(`${url}__bench/page.html`);
  return page;
}

// Lighthouse's mobile profile (moto g power, slow 4G), applied with the DevTools protocol
// (lighthouse's "devtools" throttling values: 562.5 ms request latency, 1474.56 kbit/s down,
// 675 kbit/s up, CPU 4x slower).
export const MOBILE = { latency: 562.5, down: 1474.56 * 1024 / 8, up: 675 * 1024 / 8, cpu: 4,
  viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 };

export async function throttle(page, profile = MOBILE) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions',
    { offline: false, latency: profile.latency, downloadThroughput: profile.down, uploadThroughput: profile.up });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return cdp;
}
