// The national-2024 art-1 waiting period and its repair (国办发〔2024〕38号), written in Publicodes
// for the side-by-side run (bench/js/peer-publicodes.mjs). Same reading as canbao's C++ rule
// (core/rulesets/national-2024/rules.cpp + core/rulesets/clause.cpp):
//   fixed 3 months; +1 variable month per broken year beyond the first (broken years counted from
//   2025); none when paid in the centralized period without a break; repair −1 month per year paid,
//   but after 4+ broken years fixed + variable stays ≥ 6 months; counted from 1 January of the
//   insurance year when paid in the centralized period, else from the payment date (same calendar
//   day, clamped to the month's last day).
// Publicodes has no calendar arithmetic, so months are serial numbers (year × 12 + month − 1) and the
// payment date is also given as its year/month/day parts.

export const rules = {
  case: null,
  'case . date': null, // payment date, dd/mm/yyyy
  'case . date . year': null,
  'case . date . month': null,
  'case . date . day': null,
  'case . next year': null, // enroll_resident_next_year
  'case . period start': null, // centralized period for the insurance year
  'case . period end': null,
  'case . last covered year': null, // the last covered year before the insurance year (0: none)

  'insurance year': { variations: [{ si: 'case . next year', alors: 'case . date . year + 1' }, { sinon: 'case . date . year' }] },
  inside: { 'toutes ces conditions': ['case . date >= case . period start', 'case . date <= case . period end'] },
  'count from': 2025,
  'first uncounted year': { 'le maximum de': ['case . last covered year + 1', 'count from'] },
  'broken years': { 'le maximum de': [0, 'insurance year - first uncounted year'] },
  exempt: { 'toutes ces conditions': ['inside', 'broken years = 0'] },
  'fixed months': 3,
  'variable months per year': 1,
  'variable months': { 'le maximum de': [0, '(broken years - 1) * variable months per year'] },
  'total months': { variations: [{ si: 'exempt', alors: 0 }, { sinon: 'fixed months + variable months' }] },

  repair: null,
  'repair . months per year': 1,
  'repair . floor broken years': 4,
  'repair . floor total months': 6,
  'repair . kept months': {
    variations: [
      { si: 'broken years >= repair . floor broken years', alors: { 'le maximum de': [0, 'repair . floor total months - fixed months'] } },
      { sinon: 0 },
    ],
  },
  'repair . useful months': {
    variations: [{ si: 'exempt', alors: 0 }, { sinon: { 'le maximum de': [0, 'variable months - repair . kept months'] } }],
  },
  'repair . max useful years': { valeur: 'repair . useful months / repair . months per year' },

  start: null,
  'start . counted from': {
    variations: [{ si: 'inside', alors: 'insurance year * 12' }, { sinon: 'case . date . year * 12 + case . date . month - 1' }],
  },
  'start . serial': { valeur: 'start . counted from + total months' },
  'start . year': { valeur: '(start . serial - 5.5) / 12', arrondi: 'oui' }, // floor(serial / 12)
  'start . month': { valeur: 'start . serial - start . year * 12 + 1' },
  'start . day': { variations: [{ si: 'inside', alors: 1 }, { sinon: { 'le minimum de': ['case . date . day', 'start . days in month'] } }] },
  'start . days in month': {
    variations: [
      { si: 'start . month = 2', alors: { variations: [{ si: 'start . leap', alors: 29 }, { sinon: 28 }] } },
      { si: { 'une de ces conditions': ['start . month = 4', 'start . month = 6', 'start . month = 9', 'start . month = 11'] }, alors: 30 },
      { sinon: 31 },
    ],
  },
  'start . leap': {
    'une de ces conditions': [{ 'toutes ces conditions': ['start . rest 4 = 0', 'start . rest 100 != 0'] }, 'start . rest 400 = 0'],
  },
  // y mod n = y − n × floor(y / n), floor by rounding (y − (n − 1) / 2) / n: never a tie
  'start . rest 4': { valeur: 'start . year - 4 * start . floor 4' },
  'start . floor 4': { valeur: '(start . year - 1.5) / 4', arrondi: 'oui' },
  'start . rest 100': { valeur: 'start . year - 100 * start . floor 100' },
  'start . floor 100': { valeur: '(start . year - 49.5) / 100', arrondi: 'oui' },
  'start . rest 400': { valeur: 'start . year - 400 * start . floor 400' },
  'start . floor 400': { valeur: '(start . year - 199.5) / 400', arrondi: 'oui' },
};

const dmy = (iso) => iso.split('-').reverse().join('/');

/** A canbao case (national-2024, resident enrollment, params supplied) as a Publicodes situation. */
export function situation(c) {
  const [y, m, d] = c.date.split('-').map(Number);
  const next = c.action === 'enroll_resident_next_year';
  const insuranceYear = next ? y + 1 : y;
  const before = (c.coverage?.years ?? []).filter((x) => x < insuranceYear);
  return {
    'case . date': dmy(c.date),
    'case . date . year': y,
    'case . date . month': m,
    'case . date . day': d,
    'case . next year': next ? 'oui' : 'non',
    'case . period start': dmy(c.params.centralized_period_start),
    'case . period end': dmy(c.params.centralized_period_end),
    'case . last covered year': before.length ? Math.max(...before) : 0,
  };
}

export const OUTPUTS = ['total months', 'variable months', 'broken years', 'repair . useful months',
  'repair . max useful years', 'start . year', 'start . month', 'start . day'];

/** The Publicodes answer in canbao's terms: months, repair options and the benefit start. */
export function answer(engine) {
  const v = Object.fromEntries(OUTPUTS.map((r) => [r, engine.evaluate(r).nodeValue]));
  const total = v['total months'];
  const useful = v['repair . useful months'];
  const pad = (n) => String(n).padStart(2, '0');
  return {
    total_months: total,
    variable_months: v['variable months'],
    broken_years: v['broken years'],
    max_useful_years: v['repair . max useful years'],
    options: Array.from({ length: v['repair . max useful years'] + 1 }, (_, k) => total - Math.min(k, useful)),
    benefit_start: `${v['start . year']}-${pad(v['start . month'])}-${pad(v['start . day'])}`,
  };
}
