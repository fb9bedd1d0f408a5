// The TypeScript declarations (build/wasm/dist/canbao.d.ts, also as canbao.d.mts) against
// reality: a usage fixture type-checks, and real engine output — a spread of assessments, the
// error objects and the rulesets listing — checks as object literals of the declared types, so
// an undeclared field (excess property) or a wrong type fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadEngine } from './lib/engine.mjs';
import { generate } from './lib/gen.mjs';
import { dist, root } from './lib/paths.mjs';

const tsc = path.join(root, 'node_modules/typescript/bin/tsc');

async function typecheck(dir, files) {
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext',
      skipLibCheck: false, types: [], lib: ['es2022', 'dom'], paths: { '@canbao/dist/*': [`${dist}/*`] } },
    files,
  }));
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', dir], { timeout: 120000 });
    return '';
  } catch (e) {
    return `${e.stdout}${e.stderr}`;
  }
}

test('the declarations type-check a typical host and real engine output', { skip: !existsSync(tsc) && 'typescript not installed' }, async () => {
  assert.ok(existsSync(path.join(dist, 'canbao.d.mts')), 'canbao.d.mts next to canbao.mjs');
  let engine = await loadEngine();
  const assessments = [];
  const errors = [];
  const seen = new Set();
  for (const line of generate(4242, 3000)) {
    let text;
    try {
      text = engine.assessJson(line);
    } catch {
      engine = await loadEngine(); // a stopped engine is robustness.test.mjs's finding, not this test's
      continue;
    }
    const out = JSON.parse(text);
    if (out.error) {
      if (!seen.has(out.error.code)) errors.push(out.error);
      seen.add(out.error.code);
      continue;
    }
    // Keep the first answer of each shape: outcomes and which optional fields are present.
    const key = ['registration', 'waiting_period', 'repair', 'refund', 'continuity', 'employee_gap', 'retirement',
      'duplicates', 'incentives'].map((s) => out[s] ? `${out[s].outcome}:${Object.keys(out[s]).length}` : '-').join('|');
    if (!seen.has(key) && assessments.length < 250) assessments.push(out);
    seen.add(key);
  }
  assert.ok(assessments.length > 20, `a spread of assessments (${assessments.length})`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'canbao-types-'));
  try {
    copyFileSync(path.join(root, 'tests/node/fixtures/usage.ts'), path.join(dir, 'usage.ts'));
    writeFileSync(path.join(dir, 'output.ts'), [
      "import type { Assessment, ContractError, RulesetsListing } from '@canbao/dist/canbao.mjs';",
      `export const assessments: Assessment[] = ${JSON.stringify(assessments, null, 1)};`,
      `export const errors: ContractError[] = ${JSON.stringify(errors, null, 1)};`,
      `export const listing: RulesetsListing = ${JSON.stringify(engine.rulesets(), null, 1)};`,
    ].join('\n'));
    const out = await typecheck(dir, ['usage.ts', 'output.ts']);
    assert.equal(out, '', `tsc:\n${out.split('\n').slice(0, 30).join('\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
