// The guided-check flows the browser tests walk through, across the rulesets, in Chinese and
// English, at phone and desktop widths. `expect` is what the scenario is about; the test also
// checks every outcome against the native CLI for the case the portal built.
export const FLOWS = [
  {
    name: 'Guangzhou 2027, two years without cover: repair available, local contribution supplied and recomputed',
    lang: 'zh', viewport: 'phone',
    answers: { region: '440100', date: '2027-04-10', action: 'enroll_resident', event: null, birth: '1985-02-03', records: [], coverage: [2022, 2023, 2024] },
    expect: { registration: 'allowed', waiting_period: 'applies', repair: 'available', refund: 'not_applicable' },
    params: { resident_contribution_cny: '560' },
  },
  {
    name: 'Jieyang: a death before the benefit year starts gives a refund',
    lang: 'en', viewport: 'desktop',
    answers: { region: '445200', date: '2025-12-28', action: 'none', event: { kind: 'death', date: '2025-12-20' }, birth: '1950-01-01', records: [{ scheme: 'resident', region: '445200', status: 'normal', years: { 2026: 'paid' }, paid_cny: 400 }] },
    expect: { refund: 'eligible', registration: 'not_applicable' },
  },
  {
    name: 'Changchun, next year, employee enrollment still normal: allowed after suspending it',
    lang: 'zh', viewport: 'desktop',
    answers: { region: '220100', date: '2025-11-20', action: 'enroll_resident_next_year', event: null, birth: '1980-01-01', records: [{ scheme: 'employee', region: '220100', status: 'normal', months: { paid: ['2025-01', '2025-11'] } }] },
    expect: { registration: 'allowed_after_steps' },
  },
  {
    name: 'Guangdong 2025 draft chosen explicitly: labelled draft, waiting at the floor',
    lang: 'en', viewport: 'phone',
    answers: { region: '440000', date: '2029-03-15', ruleset: 'guangdong-2025-draft', action: 'enroll_resident', event: null, birth: '1992-08-08', records: [], coverage: [2023, 2024] },
    expect: { waiting_period: 'applies', repair: 'at_floor' },
    draft: true,
  },
  {
    name: 'Elsewhere in China (Changsha 430100, typed): the national texts, repair available',
    lang: 'zh', viewport: 'phone',
    answers: { region: '430100', date: '2030-05-01', action: 'enroll_resident', event: null, birth: '1970-07-07', records: [], coverage: [2022, 2023, 2024] },
    expect: { waiting_period: 'applies', repair: 'available' },
  },
  {
    name: 'Changchun 2028: a waiting period in days (Jilin), timeline and repair table',
    lang: 'en', viewport: 'desktop',
    answers: { region: '220100', date: '2028-03-01', action: 'enroll_resident', event: null, birth: '1990-01-01', records: [], coverage: [2022, 2023, 2024] },
    expect: { waiting_period: 'applies', repair: 'available' },
  },
  {
    name: 'Jiangmen: joining employee insurance, refund of the resident contribution (two records)',
    lang: 'zh', viewport: 'desktop',
    answers: {
      region: '440700', date: '2026-02-01', action: 'enroll_employee', event: { kind: 'joined_employee', date: '2025-12-20' }, birth: '1990-01-01', eventRecord: 1,
      records: [
        { scheme: 'employee', region: '440100', status: 'terminated', months: { paid: ['2024-01', '2024-12'] } },
        { scheme: 'resident', region: '440700', status: 'normal', years: { 2026: 'paid' }, paid_cny: 406 },
      ],
    },
    expect: { registration: 'allowed', refund: 'eligible' },
  },
  {
    name: 'Jilin with a foreign passport: resident enrollment refused (the document is asked)',
    lang: 'en', viewport: 'phone',
    answers: { region: '220000', date: '2026-03-01', action: 'enroll_resident', event: null, birth: '1990-01-01', records: [], document: 'foreign_passport' },
    expect: { registration: 'refused' },
    mustAsk: ['document'],
  },
  {
    name: 'Jiangmen, enrolled and paid in Hunan this year: refused; an answer is changed from the check page',
    lang: 'zh', viewport: 'phone',
    answers: { region: '440700', date: '2026-03-15', action: 'enroll_resident', event: null, birth: '1990-05-01', records: [{ scheme: 'resident', region: '430100', status: 'normal', years: { 2026: 'paid' } }] },
    expect: { registration: 'refused' },
    // a resident-only case is never asked about employee fee months or flexible work
    neverShown: ['fieldset[data-date="paid-from"]', 'input[name^="flexible-"]'],
    edit: { question: 'date', date: '2026-03-20' },
  },
  {
    name: 'Lufeng 2025 in large-text, high-contrast mode',
    lang: 'zh', viewport: 'desktop', large: true,
    answers: { region: '441581', date: '2025-03-01', action: 'enroll_resident', event: null, birth: '2000-01-01', records: [], coverage: [2021, 2022, 2023] },
    expect: { registration: 'allowed', waiting_period: 'applies' },
  },
];
