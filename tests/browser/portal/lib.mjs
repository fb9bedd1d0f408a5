// Shared helpers for the portal's browser tests: Debian chromium through playwright-core, the
// built portal (web/dist) served by scripts/serve.mjs on a free port, axe-core injected from
// node_modules, a watch on console errors and on every request's origin, and the native CLI
// as the reference for outcomes.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../../scripts/serve.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = join(ROOT, 'web/dist');
export const CLI = join(ROOT, 'build/native/canbao');
export const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export function requireDist() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
}

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export async function startServer() {
  requireDist();
  const { server, url } = await serve(DIST, 0);
  return { server, url, close: () => new Promise((r) => server.close(r)) };
}

/**
 * A page that records console errors, page errors, failed requests and the origin of every
 * request. `problems()` lists what went wrong; `foreign()` the requests to another origin.
 */
export async function watchedPage(context, base) {
  const page = await context.newPage();
  const origin = new URL(base).origin;
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('requestfailed', (r) => {
    const f = r.failure()?.errorText ?? '';
    // an aborted navigation-away is not an error
    if (!/ERR_ABORTED/.test(f)) errors.push(`requestfailed: ${r.url()} ${f}`);
  });
  return {
    page,
    problems: () => errors.slice(),
    foreign: () => requests.filter((u) => {
      if (u.startsWith('data:') || u.startsWith('blob:')) return false;
      try { return new URL(u).origin !== origin; } catch { return true; }
    }),
    requests,
  };
}

const AXE_SOURCE = () => readFileSync(AXE, 'utf8');

/**
 * Run axe (wcag2a, wcag2aa, wcag21aa, best-practice) and return its violations. The portal's
 * Content-Security-Policy (script-src 'self') rightly refuses page.addScriptTag's inline
 * script, so axe.min.js is evaluated through the DevTools protocol instead (same effect:
 * window.axe in the page; the page's own CSP stays in force and is tested).
 */
/** The case the page's share link carries (its #case= fragment, decoded). */
export async function sharedCase(page) {
  await page.click('[data-action="share"]');
  const url = await page.locator('.share input').inputValue();
  const m = /#case=([A-Za-z0-9_-]+)$/.exec(url);
  if (!m) throw new Error(`share link has no #case= fragment: ${url}`);
  return JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8'));
}

export async function axe(page) {
  const has = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!has) await page.evaluate(AXE_SOURCE());
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`).slice(0, 5) }));
  });
}

export function formatViolations(v) {
  return v.map((x) => `${x.id} (${x.impact}): ${x.help}\n    ${x.nodes.join('\n    ')}`).join('\n');
}

/** #case=<base64url of the case JSON, UTF-8> */
export function caseHash(c) {
  return `#case=${Buffer.from(JSON.stringify(c), 'utf8').toString('base64url')}`;
}

/** The native CLI's assessment of a case (the reference the portal must match). */
export function cliAssess(c) {
  const out = execFileSync(CLI, ['assess', '-'], { input: JSON.stringify(c), encoding: 'utf8' });
  return JSON.parse(out);
}

export function hasCli() {
  return existsSync(CLI);
}

/** Every scenario case under tests/cases (files of {"cases":[{name, case, expect}]}). */
export function scenarioCases() {
  const dir = join(ROOT, 'tests/cases');
  const files = [];
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.json')) files.push(p);
    }
  };
  walk(dir);
  const out = [];
  for (const f of files.sort()) {
    let doc;
    try { doc = JSON.parse(readFileSync(f, 'utf8')); } catch { continue; }
    for (const c of doc.cases ?? []) {
      if (c && c.case && typeof c.case === 'object') out.push({ file: f.slice(dir.length + 1), name: c.name, case: c.case, expect: c.expect });
    }
  }
  return out;
}

/** The outcome of each result section as the page shows it (data-outcome). */
export async function shownOutcomes(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('section[data-section]')].map((s) => [s.getAttribute('data-section'), s.getAttribute('data-outcome')])));
}

export async function waitForResult(page) {
  await page.waitForSelector('section[data-section="refund"], .page--result .error-summary', { timeout: 15000 });
}
