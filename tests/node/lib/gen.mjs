// A seeded, deterministic generator over the contract's input space (CONTRACT.md §Case):
// valid cases of every shape, and corrupted variants (invalid JSON, missing fields, wrong types,
// bad values, huge inputs, deep nesting). The same seed always gives the same lines, so a
// parity failure can be replayed with its seed and index.
//
// Every line is one JSON Lines record for `canbao batch`: no raw CR/LF and no lone UTF-16
// surrogates (a JS string with one has no UTF-8 form, so the native and wasm doors would be
// handed different bytes; escaped "\ud800" in the JSON text is fine and is generated).

export const REGIONS = ['440100', '440700', '445200', '440000', '441581', '220100', '220200', '430100',
  '450400', '370200', '110000'];
export const RULESETS = ['national-2021', 'national-2024', 'guangdong-2021', 'guangdong-2021-draft',
  'guangdong-2025-draft', 'jiangmen-2024', 'jieyang-2021', 'jilin-2022'];
export const ACTIONS = ['enroll_resident', 'enroll_resident_next_year', 'enroll_employee', 'enroll_flexible', 'none'];
export const DOCUMENTS = ['resident_id_card', 'hk_macao_permit', 'taiwan_permit', 'hmt_residence_permit',
  'foreign_passport', 'foreign_permanent_residence', 'none'];
export const GROUPS = ['newborn', 'student', 'medical_assistance', 'veteran', 'military_spouse',
  'land_expropriated_farmer', 'seasonal_or_flexible_worker', 'unemployment_benefit', 'disabled'];
export const STATUSES = ['normal', 'suspended', 'terminated'];
export const EVENTS = ['death', 'joined_employee', 'joined_resident_elsewhere', 'duplicate_payment',
  'employed_after_flexible_annual', 'lump_sum_then_death'];

// mulberry32: small, fast, good enough for test data.
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    subset: (arr, max = arr.length) => {
      const n = r.int(0, Math.min(max, arr.length));
      const copy = arr.slice();
      const out = [];
      for (let i = 0; i < n; i++) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
  return r;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const DAY = 86400000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const T0 = Date.UTC(2021, 11, 1); // 2021-12-01
const T1 = Date.UTC(2027, 11, 31); // 2027-12-31

function dateBetween(r, from, to) {
  return iso(from + Math.floor(r.next() * ((to - from) / DAY + 1)) * DAY);
}

function record(r, year) {
  const scheme = r.chance(0.55) ? 'resident' : 'employee';
  const rec = { scheme, region: r.pick(REGIONS) };
  if (r.chance(0.8)) rec.status = r.pick(STATUSES);
  if (scheme === 'resident') {
    const years = {};
    for (let y = year - r.int(0, 4); y <= year + r.int(0, 1); y++) if (r.chance(0.8)) years[y] = r.chance(0.7) ? 'paid' : 'due';
    rec.years = years;
  } else {
    if (r.chance(0.5)) rec.flexible = r.chance(0.5);
    const months = {};
    let y = year - r.int(0, 2);
    let m = r.int(1, 12);
    const n = r.int(0, 30);
    for (let i = 0; i < n; i++) {
      months[`${y}-${pad(m)}`] = r.chance(0.8) ? 'paid' : 'due';
      if (++m > 12) { m = 1; y++; }
    }
    rec.months = months;
  }
  if (r.chance(0.5)) rec.benefits_used = r.chance(0.4);
  if (r.chance(0.3)) rec.subsidized = r.chance(0.5);
  if (r.chance(0.5)) rec.paid_cny = r.pick([0, 350, 380, 400, 420.5, 1234.56, 99.99, 1000, null]);
  if (r.chance(0.1)) rec.lump_sum = r.chance(0.6);
  if (r.chance(0.1)) rec.benefit_start = `${year}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
  return rec;
}

/** A case that follows the contract (though the engine may still refuse a combination). */
export function validCase(r) {
  const date = dateBetween(r, T0, T1);
  const year = Number(date.slice(0, 4));
  const c = { region: r.pick(REGIONS), date, action: r.pick(ACTIONS) };
  if (r.chance(0.55)) c.ruleset = r.pick(RULESETS);
  else if (r.chance(0.1)) c.ruleset = null;
  if (r.chance(0.9)) {
    const t = Date.parse(date);
    const person = {};
    if (r.chance(0.9)) {
      person.birth_date = r.chance(0.12)
        ? dateBetween(r, t - 120 * DAY, t) // newborn
        : dateBetween(r, Date.UTC(1940, 0, 1), t - 365 * DAY);
    }
    if (r.chance(0.8)) person.document = r.chance(0.7) ? 'resident_id_card' : r.pick(DOCUMENTS);
    if (r.chance(0.8)) person.groups = r.subset(GROUPS, 3);
    c.person = person;
  }
  if (r.chance(0.85)) {
    const n = r.int(0, 4);
    c.records = [];
    for (let i = 0; i < n; i++) c.records.push(record(r, year));
  }
  if (r.chance(0.7)) c.coverage = { years: r.subset([...Array(10)].map((_, i) => year - 9 + i), 10).sort() };
  if (r.chance(0.3)) {
    const n = c.records ? c.records.length : 0;
    c.event = { kind: r.pick(EVENTS), date: dateBetween(r, Date.parse(date) - 200 * DAY, Date.parse(date) + 30 * DAY),
      record: n ? r.int(0, n - 1) : 0 };
    if (r.chance(0.3)) c.action = 'none';
  } else if (r.chance(0.2)) c.event = null;
  if (r.chance(0.4)) {
    const p = {};
    if (r.chance(0.6)) p.resident_contribution_cny = r.pick([350, 380, 400, 410, 402.5]);
    if (r.chance(0.4)) {
      p.centralized_period_start = `${year - 1}-09-01`;
      p.centralized_period_end = `${year - 1}-12-31`;
    }
    if (r.chance(0.3)) p.waiting_day_convention = r.pick(['same_day', 'next_day']);
    if (r.chance(0.2)) {
      p.employee_base_cny = r.pick([4588, 5284.8, 6370]);
      p.employee_rate = r.pick([0.02, 0.055]);
      p.employer_rate = r.pick([0.055, 0.065, 0.07]);
    }
    if (r.chance(0.15)) p.retirement_required_years = r.pick([20, 25, 30]);
    if (r.chance(0.15)) {
      p.lump_sum_base_cny = r.pick([6370, 7000]);
      p.lump_sum_rate = r.pick([0.055, 0.08]);
    }
    c.params = p;
  }
  // Contract extensions (docs/contract.md): the employee side of the person and claims history.
  if (r.chance(0.25)) {
    const e = {};
    if (r.chance(0.8)) e.sex = r.pick(['male', 'female']);
    if (r.chance(0.8)) e.retirement_date = dateBetween(r, Date.parse(date) - 400 * DAY, Date.parse(date) + 800 * DAY);
    if (r.chance(0.5)) e.deemed_months = r.int(0, 240);
    if (r.chance(0.5)) e.other_months = r.int(0, 360);
    if (r.chance(0.3)) e.local_months = r.int(0, 300);
    c.employment = r.chance(0.1) ? null : e;
  }
  if (r.chance(0.25)) {
    c.history = { zero_claim_years: r.subset([year - 3, year - 2, year - 1], 3).sort() };
    if (r.chance(0.5)) c.history.bonus_used_years = r.subset([year - 2, year - 1], 2).sort();
  }
  return c;
}

// Paths of the object, for the structural corruptions.
function paths(v, base = []) {
  const out = [];
  if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      out.push([...base, k]);
      out.push(...paths(v[k], [...base, k]));
    }
  }
  return out;
}
function getParent(o, p) {
  let cur = o;
  for (const k of p.slice(0, -1)) cur = cur[k];
  return cur;
}

const WRONG = [0, -1, 1.5, 1e308, '', 'x', '中文', true, false, null, [], {}, [1, 2], { a: 1 }, '2026-13-01', '44010',
  '4401000', 'ａｂｃ', '\u0000', '\ud83d\ude00'];
const LONG_CJK = '参保登记无效状态中止终止参保登记'; // > 40 bytes of UTF-8 in an enum value

// Corruptions 4 (unknown keys) and 13 (odd but valid formatting) still make valid cases.
const STILL_VALID = new Set([4, 13]);

function corrupt(r, c, kind = r.int(0, 15)) {
  switch (kind) {
    case 0: { // drop a required field (top level, record, event)
      const o = structuredClone(c);
      const candidates = [['region'], ['date'], ['action']];
      (o.records || []).forEach((_, i) => candidates.push(['records', i, 'scheme'], ['records', i, 'region']));
      if (o.event) candidates.push(['event', 'kind'], ['event', 'date'], ['event', 'record']);
      const p = r.pick(candidates);
      delete getParent(o, p)[p[p.length - 1]];
      return JSON.stringify(o);
    }
    case 1: case 2: { // a wrong type or value anywhere
      const o = structuredClone(c);
      const ps = paths(o);
      if (!ps.length) return JSON.stringify(o);
      const p = r.pick(ps);
      getParent(o, p)[p[p.length - 1]] = r.pick(WRONG);
      return JSON.stringify(o);
    }
    case 3: { // an unknown enum value, sometimes long CJK text
      const o = structuredClone(c);
      const v = r.chance(0.5) ? LONG_CJK.repeat(r.int(1, 3)) : r.pick(['enroll', 'Enroll_Resident', 'x'.repeat(100), 'paid ']);
      const targets = [['action'], ['ruleset']];
      if (o.person) targets.push(['person', 'document']);
      if (o.records && o.records.length) targets.push(['records', 0, 'status'], ['records', 0, 'scheme']);
      if (o.event) targets.push(['event', 'kind']);
      const p = r.pick(targets);
      getParent(o, p)[p[p.length - 1]] = v;
      return JSON.stringify(o);
    }
    case 4: { // unknown keys (ignored with a warning), incl. non-ASCII and escapes
      const o = structuredClone(c);
      o[r.pick(['extra', '参保', 'x\u0001y', 'ruleSet', ''])] = r.pick(WRONG);
      if (o.person) o.person.nickname = '小明';
      return JSON.stringify(o);
    }
    case 5: { // truncated text
      const t = JSON.stringify(c);
      return t.slice(0, r.int(0, t.length - 1));
    }
    case 6: { // a byte of garbage somewhere
      const t = JSON.stringify(c);
      const i = r.int(0, t.length);
      return t.slice(0, i) + r.pick(['{', '}', '[', ']', ',', ':', '"', '\\', 'x', '\t', ' ', '\u00e9', '\u4e2d']) + t.slice(i);
    }
    case 7: // not an object / odd JSON
      return r.pick(['', ' ', 'null', 'true', '42', '"case"', '[]', '[{}]', '{}', '{"region":}', '{,}', '{"a":1,}',
        '\ufeff{}', '{"region":"440100","region":"440700","date":"2026-03-01","action":"none"}',
        '{"region":"440100","date":"2026-03-01","action":"none"} trailing', 'NaN', '{"date":1e400}',
        '{"region":"\\ud800","date":"2026-03-01","action":"none"}', '\u4e2d\u6587']);
    case 8: { // huge: too many records / years / months
      const o = structuredClone(c);
      const which = r.int(0, 2);
      if (which === 0) o.records = Array.from({ length: r.int(33, 60) }, () => ({ scheme: 'resident', region: '440100' }));
      else if (which === 1) o.coverage = { years: Array.from({ length: r.int(121, 200) }, (_, i) => 1950 + (i % 150)) };
      else {
        const months = {};
        for (let i = 0; i < r.int(1201, 1300); i++) months[`${1950 + Math.floor(i / 12)}-${pad((i % 12) + 1)}`] = 'paid';
        o.records = [{ scheme: 'employee', region: '440100', months }];
      }
      return JSON.stringify(o);
    }
    case 9: { // huge: text over the input limit
      const o = structuredClone(c);
      o.padding = 'x'.repeat(r.int(64 * 1024, 80 * 1024));
      return JSON.stringify(o);
    }
    case 10: { // deep nesting, in an ignored key or as the whole text
      const d = r.int(7, 400);
      const o = structuredClone(c);
      if (r.chance(0.5)) {
        o.params = JSON.parse('['.repeat(d) + ']'.repeat(d));
        return JSON.stringify(o);
      }
      return r.chance(0.5) ? '['.repeat(d) + ']'.repeat(d) : '{"a":'.repeat(d) + '1' + '}'.repeat(d);
    }
    case 11: { // dates and years out of range or malformed
      const o = structuredClone(c);
      const v = r.pick(['1949-12-31', '2101-01-01', '2026-02-29', '2024-02-29', '2026-2-1', '20260301', '0000-00-00',
        '9999-12-31', '2026-04-31']);
      const p = r.pick([['date'], ['person', 'birth_date'], ['event', 'date'], ['params', 'centralized_period_end']]);
      let cur = o;
      for (const k of p.slice(0, -1)) cur = cur[k] ??= {};
      cur[p[p.length - 1]] = v;
      return JSON.stringify(o);
    }
    case 12: { // record keys out of range
      const o = structuredClone(c);
      o.records = o.records && o.records.length ? o.records : [{ scheme: 'resident', region: '440100' }];
      const rec = o.records[0];
      const v = r.int(0, 4);
      if (v === 0) rec.years = { [r.pick(['26', '1800', '2200', 'abcd', '2026x'])]: 'paid' };
      else if (v === 1) rec.months = { [r.pick(['2026-13', '2026-00', '1800-01', '2026/01', '202601'])]: 'paid' };
      else if (v === 2) rec.paid_cny = r.pick([-1, 0.001, 1e8, 12.345, 1e-7]);
      else if (v === 3) o.event = { kind: 'death', date: o.date, record: r.pick([-1, 99, 1.5, 2000000, '0']) };
      else rec.benefit_start = r.pick(['2026-01-32', null, 5]);
      return JSON.stringify(o);
    }
    case 13: // numbers written oddly, whitespace, escapes (still valid JSON)
      return JSON.stringify(c, null, r.pick([1, '\t', ' '])).replace(/\n/g, ' ')
        .replace(/"date"/, '"d\\u0061te"');
    case 14: { // birth after the case date; centralized period reversed
      const o = structuredClone(c);
      if (r.chance(0.5)) o.person = { ...(o.person || {}), birth_date: '2027-12-31' };
      else o.params = { centralized_period_start: '2026-12-31', centralized_period_end: '2026-01-01' };
      return JSON.stringify(o);
    }
    default: { // regions outside the list or malformed
      const o = structuredClone(c);
      o.region = r.pick(['000000', '900000', '440101', '810000', '44010a', '4401', 440100, '１２３４５６']);
      return JSON.stringify(o);
    }
  }
}

/**
 * `count` JSON Lines from `seed`: about 60 % valid cases, 40 % corrupted variants.
 * @returns {string[]}
 */
export function generate(seed, count) {
  const r = rng(seed);
  const lines = [];
  for (let i = 0; i < count; i++) {
    const c = validCase(r);
    const line = r.chance(0.6) ? JSON.stringify(c) : corrupt(r, c);
    lines.push(line.replace(/[\r\n]/g, ' '));
  }
  return lines;
}

/** Only corrupted inputs meant to be invalid (for the robustness test). */
export function generateBad(seed, count) {
  const r = rng(seed);
  const lines = [];
  while (lines.length < count) {
    const kind = r.int(0, 15);
    if (STILL_VALID.has(kind)) continue;
    lines.push(corrupt(r, validCase(r), kind).replace(/[\r\n]/g, ' '));
  }
  return lines;
}
