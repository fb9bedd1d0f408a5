// The citizen's answers. The draft holds them in the contract's own shape (a partial case), so
// what the portal assesses, shares (#case=…) and saves is exactly the case the engine reads;
// UI-only facts (which questions were answered, "has records?") live beside it.
import type { Case, CaseRecord } from './types';

export interface Draft {
  /** the case so far; required fields may still be missing */
  c: Partial<Case> & { records: CaseRecord[] };
  /** question ids answered (see flow.ts) */
  answered: Set<string>;
  /** "has the person any enrollment record?" */
  hasRecords?: boolean;
  /** the citizen opened the optional employment and retirement question themselves */
  employmentOpened?: boolean;
}

export function emptyDraft(): Draft {
  return { c: { records: [] }, answered: new Set() };
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The case to send to the engine: the draft without empty optional parts. */
export function buildCase(d: Draft): Case {
  const c = clone(d.c) as Case & { records: CaseRecord[] };
  if (!d.hasRecords && !(c.records?.length)) delete (c as Partial<Case>).records;
  if (c.person) {
    for (const k of Object.keys(c.person)) if (c.person[k] === undefined || c.person[k] === null) delete c.person[k];
  }
  if (c.params) {
    for (const k of Object.keys(c.params)) if (c.params[k] === undefined || c.params[k] === null || c.params[k] === '') delete c.params[k];
    if (!Object.keys(c.params).length) delete c.params;
  }
  if (c.employment) {
    const e = c.employment as Record<string, unknown>;
    for (const k of Object.keys(e)) if (e[k] === undefined || e[k] === null || e[k] === '') delete e[k];
    if (!Object.keys(e).length) delete c.employment;
  }
  if (c.employment === null || c.employment === undefined) delete c.employment;
  // an answered history with no year ticked is an answer ("claims every year"), so it is kept
  if (c.history === null || c.history === undefined) delete c.history;
  if (c.ruleset === null || c.ruleset === undefined) delete c.ruleset;
  if (c.event === undefined) delete c.event;
  return c;
}

/** A draft from a whole case (a #case= link or a saved check): every question counts as answered. */
export function draftFromCase(input: Case): Draft {
  const c = clone(input) as Draft['c'];
  if (!Array.isArray(c.records)) c.records = [];
  const answered = new Set(['region', 'date', 'ruleset', 'action', 'event', 'birth', 'records', 'document', 'groups', 'coverage', 'employment', 'history']);
  c.records.forEach((_, i) => { answered.add(`record-${i}`); answered.add(`record-${i}-details`); });
  if (c.records.length) answered.add('records-more');
  return { c, answered, hasRecords: c.records.length > 0, employmentOpened: !!c.employment };
}

/** Remove record i, keeping the event's record index and the answered record pages in step. */
export function removeRecord(d: Draft, i: number): void {
  d.c.records.splice(i, 1);
  const shift = new Set<string>();
  for (const id of d.answered) {
    const m = /^record-(\d+)(.*)$/.exec(id);
    if (!m) { shift.add(id); continue; }
    const k = Number(m[1]);
    if (k < i) shift.add(id);
    else if (k > i) shift.add(`record-${k - 1}${m[2]}`);
  }
  d.answered = shift;
  if (d.c.event) {
    if (d.c.event.record === i) d.c.event.record = 0;
    else if (d.c.event.record > i) d.c.event.record -= 1;
  }
  if (!d.c.records.length) { d.hasRecords = false; d.answered.delete('records-more'); }
}

// ---- #case=<base64url of the case JSON, UTF-8> ----

export function encodeCase(c: Case): string {
  const bytes = new TextEncoder().encode(JSON.stringify(c));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCase(s: string): Case {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
  const v = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not a case object');
  return v as Case;
}

/** The case in a location hash "#case=…", or null. */
export function caseFromHash(hash: string): Case | null {
  const m = /^#case=([A-Za-z0-9_-]+={0,2})$/.exec(hash);
  return m ? decodeCase(m[1]) : null;
}

// ---- dates ----

export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function todayIso(now = new Date()): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

export function yearOf(iso: string | undefined): number {
  return iso ? Number(iso.slice(0, 4)) : new Date().getFullYear();
}

/** "2026-01".."2026-03" -> ["2026-01","2026-02","2026-03"] (at most 240 months) */
export function monthRange(from: string, to: string): string[] {
  const p = (s: string) => { const m = /^(\d{4})-(\d{2})$/.exec(s); return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : NaN; };
  const a = p(from);
  const b = p(to);
  if (Number.isNaN(a) || Number.isNaN(b) || b < a || b - a > 240) return [];
  const out: string[] = [];
  for (let k = a; k <= b; k++) out.push(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);
  return out;
}

/** The first contiguous run of months with a given status, as [from, to]. */
export function firstRun(months: Record<string, string> | undefined, status: string): [string, string] | null {
  const list = Object.keys(months ?? {}).filter((k) => months![k] === status).sort();
  if (!list.length) return null;
  let end = list[0];
  for (const m of list.slice(1)) {
    const next = monthRange(end, m);
    if (next.length === 2) end = m; else break;
  }
  return [list[0], end];
}

/** Is this a month map made of at most one paid run and one due run (so the range fields can show it)? */
export function monthsAreRanges(months: Record<string, string> | undefined): boolean {
  if (!months) return true;
  for (const st of ['paid', 'due']) {
    const n = Object.values(months).filter((v) => v === st).length;
    const r = firstRun(months, st);
    if (n && (!r || monthRange(r[0], r[1]).length !== n)) return false;
  }
  return true;
}
