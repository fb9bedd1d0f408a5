// Reading typed numbers the way the engine accepts them (docs/schema/case.schema.json and the
// engine's limits, docs/security.md): the portal refuses what the engine would refuse, with a
// message at the field, and the engine stays the authority (its error objects are shown too).
// Each reader answers the value, `null` for a blank field, or `undefined` for invalid input.

/** Full-width digits, separators and units a citizen may type (１２０, 6,000 元, 8 %). */
function clean(s: string): string {
  return s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[,，\s元¥￥%％]/g, '');
}

/** A count of months: a whole number 0…max (the engine's limit is 1200, 100 years). */
export function readMonths(s: string, max = 1200): number | null | undefined {
  const v = clean(s);
  if (!v) return null;
  if (!/^\d{1,4}$/.test(v)) return undefined;
  const n = Number(v);
  return n <= max ? n : undefined;
}

/** Whole years 0…max (params.retirement_required_years: 0…60). */
export function readYears(s: string, max = 60): number | null | undefined {
  return readMonths(s, max);
}

/** Yuan with at most two decimals, at most 10,000,000 (the engine's limit for any amount). */
export function readAmount(s: string): number | null | undefined {
  const v = clean(s);
  if (!v) return null;
  if (!/^\d{1,8}(\.\d{1,2})?$/.test(v)) return undefined;
  const n = Number(v);
  return n <= 10_000_000 ? n : undefined;
}

/** A rate typed in percent ("8", "5.5", "0.05"), answered as the engine's fraction 0…1. */
export function readPercent(s: string): number | null | undefined {
  const v = clean(s);
  if (!v) return null;
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(v)) return undefined;
  const p = Number(v);
  if (p > 100) return undefined;
  return Number((p / 100).toFixed(6));
}

/** A fraction 0…1 shown in percent for the field ("0.055" -> "5.5"). */
export function percentText(rate: unknown): string {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) return '';
  return String(Number((rate * 100).toFixed(4)));
}
