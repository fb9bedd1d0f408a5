// The plain page's only script: load the engine, assess the case in the textarea, show the answer.
// canbao.mjs and canbao-engine.{mjs,wasm} are served from this folder (build/wasm/dist).
import { createEngine, CanbaoError } from './canbao.mjs';

// The contract example (examples/contract-example.json).
const EXAMPLE = {
  ruleset: 'guangdong-2025-draft',
  region: '440700',
  date: '2026-03-15',
  action: 'enroll_resident',
  person: { birth_date: '1990-05-01', document: 'resident_id_card', groups: [] },
  records: [
    { scheme: 'resident', region: '430100', status: 'normal',
      years: { 2026: 'paid' }, benefits_used: false, subsidized: false, paid_cny: 400 },
  ],
  coverage: { years: [2019, 2020, 2021, 2022] },
  event: null,
  params: {},
};

const $ = (id) => document.getElementById(id);
const caseField = $('case');
const answer = $('answer');
caseField.value = JSON.stringify(EXAMPLE, null, 2);

function row(term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  $('summary').append(dt, dd);
}

function months(w) {
  if (w.total_days != null) return `，共 ${w.total_days} 天 (days)`;
  if (w.total_months != null) return `，共 ${w.total_months} 个月 (months)`;
  return '';
}

function show(engine) {
  $('summary').replaceChildren();
  $('error').hidden = true;
  $('answer-json').textContent = '';
  try {
    const a = engine.assess(caseField.value);
    row('规则 Ruleset', `${a.ruleset.id}（${a.ruleset.chain.join(' → ')}）`);
    row('登记 Registration', a.registration.outcome + (a.registration.reason ? ` · ${a.registration.reason}` : ''));
    row('等待期 Waiting period', a.waiting_period.outcome + months(a.waiting_period) +
      (a.waiting_period.benefit_start ? `，${a.waiting_period.benefit_start} 起享受待遇` : ''));
    row('修复 Repair', a.repair.outcome);
    row('退费 Refund', a.refund.outcome);
    row('依据 Basis', [...new Set([a.registration, a.waiting_period, a.repair, a.refund].flatMap((s) => s.basis))].join('，') || '–');
    row('规则数据 Rules', a.engine.rules_hash);
    $('answer-json').textContent = JSON.stringify(a, null, 2);
    answer.dataset.state = 'done';
  } catch (e) {
    const err = e instanceof CanbaoError ? e.error : { code: 'error', path: '', message: String(e && e.message) };
    $('error').textContent = `输入有误 Invalid input — ${err.code}${err.path ? ` @ ${err.path}` : ''}: ${err.message}`;
    $('error').hidden = false;
    answer.dataset.state = 'error';
  }
}

try {
  const engine = await createEngine();
  $('engine').textContent = `引擎 engine ${engine.version} · 规则数据 rules ${engine.rulesHash}`;
  $('status').textContent = '引擎已就绪 Engine ready.';
  $('form').addEventListener('submit', (event) => {
    event.preventDefault();
    show(engine);
  });
  $('run').disabled = false;
  show(engine);
} catch (e) {
  $('status').textContent = `引擎加载失败 The engine could not load: ${e && e.message}`;
  answer.dataset.state = 'failed';
}
