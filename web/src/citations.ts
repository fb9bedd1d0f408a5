// Citations "RULESET/art-N[/CLAUSE]" (contract §basis) and how the portal names them.
import type { Lang } from './i18n';

export interface Citation { ruleset: string; article: number; clause?: number; raw: string }

export function parseCitation(raw: string): Citation | null {
  const m = /^([a-z0-9-]+)\/art-(\d+)(?:\/(\d+))?/.exec(raw);
  if (!m) return null;
  return { ruleset: m[1], article: Number(m[2]), clause: m[3] ? Number(m[3]) : undefined, raw };
}

export const RULESET_SHORT: Record<string, { zh: string; en: string }> = {
  'national-2021': { zh: '国家规程（2021）', en: 'National procedures 2021' },
  'national-2024': { zh: '国办发〔2024〕38号', en: 'State Council guidance 2024' },
  'guangdong-2021': { zh: '广东规程（2021）', en: 'Guangdong procedures 2021' },
  'guangdong-2021-draft': { zh: '广东规程2021征求意见稿', en: 'Guangdong 2021 draft' },
  'guangdong-2025-draft': { zh: '广东规程2025征求意见稿', en: 'Guangdong 2025 draft' },
  'jiangmen-2024': { zh: '江门规程（征求意见稿）', en: 'Jiangmen procedures (draft)' },
  'jieyang-2021': { zh: '揭阳转发通知（2021）', en: 'Jieyang notice 2021' },
  'jilin-2022': { zh: '吉林规程（2022）', en: 'Jilin procedures 2022' },
};

export function rulesetShort(id: string, l: Lang): string {
  return RULESET_SHORT[id]?.[l] ?? id;
}

/** "吉林规程… 第36条（4）" / "Jilin procedures 2022, art. 36(4)" */
export function citationLabel(raw: string, l: Lang): string {
  const c = parseCitation(raw);
  if (!c) return raw;
  const name = rulesetShort(c.ruleset, l);
  if (c.ruleset === 'national-2024') {
    // the opinion's quoted paragraphs, numbered by canbao (policy-facts.md §1.2/§1.4)
    return l === 'zh'
      ? `${name} 引文第${c.article}段${c.clause ? `（${c.clause}）` : ''}`
      : `${name}, quoted para. ${c.article}${c.clause ? ` (${c.clause})` : ''}`;
  }
  return l === 'zh'
    ? `${name} 第${c.article}条${c.clause ? `（${c.clause}）` : ''}`
    : `${name}, art. ${c.article}${c.clause ? `(${c.clause})` : ''}`;
}

/** Every distinct citation of an assessment's four sections, in order. */
export function allCitations(sections: { basis: string[] }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of sections) for (const b of s.basis ?? []) if (!seen.has(b)) { seen.add(b); out.push(b); }
  return out;
}
