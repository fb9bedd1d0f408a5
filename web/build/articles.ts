// Build-time: the bundled regulation texts (data/texts/*.txt and, for national-2024, the quoted
// paragraphs of data/sources/policy-facts.md §1.2/§1.4) parsed into articles, so a citation such
// as "jilin-2022/art-36/4" can show its article offline. Runs in Node (vite.config.ts); no DOM.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Article {
  /** "第三十六条" */
  heading: string;
  /** the 【title】 some drafts give their articles */
  title?: string;
  /** paragraphs, the article heading removed from the first */
  paras: string[];
  /** clause number -> [first paragraph, last paragraph] (inclusive), as canbao cites them */
  clauses: Record<string, [number, number]>;
}

export interface ArticleSet {
  id: string;
  /** repo-relative source file */
  source: string;
  /** a text with no articles (a forwarding notice) is kept whole */
  notice?: string[];
  articles: Record<string, Article>;
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 三十六 -> 36, 十 -> 10, 一百零二 -> 102 */
export function cnToInt(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else if (ch === '十') { total += (digit || 1) * 10; digit = 0; }
    else if (ch === '百') { total += (digit || 1) * 100; digit = 0; }
    else if (/[0-9]/.test(ch)) digit = digit * 10 + Number(ch);
    else return NaN;
  }
  return total + digit;
}

const NUM = '[一二三四五六七八九十百零〇]+';
/** an article starts a line: "第十条 …", "**第十条** …", "第十条【标题】…" (also after a Word bookmark) */
const ARTICLE_RE = new RegExp(`^(?:\\[bookmark:[^\\]]*\\])?\\s*(?:\\*\\*)?\\s*(第(${NUM})条)\\s*(?:\\*\\*)?\\s*(?:【([^】]*)】)?\\s*(.*)$`);
/** a chapter or section heading, an attachment or a markdown heading ends an article */
const BREAK_RE = new RegExp(`^(?:#+\\s|第${NUM}[章节]|附件|附表|---)`);

/** list-item markers: （一） (一) （1） (1) | 1. 1． 1、 一、 */
const PAREN_ITEM = /^[（(]\s*([一二三四五六七八九十]+|\d+)\s*[）)]/;
const DOT_ITEM = /^(\d+|[一二三四五六七八九十]+)\s*[.．、]/;

function markerValue(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : cnToInt(s);
}

function clean(line: string): string {
  return line
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+$/, '')
    .replace(/^[\s\u3000]+/, '')
    .replace(/^[-*]\s+/, '');
}

/**
 * Clause numbering as canbao cites it (STYLE: 第十九条（三） -> art-19/3): the article's list items
 * when it has a list (a list that restarts continues the count: jilin art 36's second list is
 * 4..6), otherwise its paragraphs.
 */
export function clausesOf(paras: string[]): Record<string, [number, number]> {
  const starts = (re: RegExp) => paras.map((p) => re.exec(p)).map((m, i) => (m ? { i, v: markerValue(m[1]) } : null)).filter(Boolean) as { i: number; v: number }[];
  const paren = starts(PAREN_ITEM);
  const dot = starts(DOT_ITEM);
  let items = paren.length && (!dot.length || paren[0].i <= dot[0].i) ? paren : dot;
  const out: Record<string, [number, number]> = {};
  if (items.length) {
    let offset = 0;
    let prev = 0;
    let count = 0;
    items.forEach((it, k) => {
      if (it.v <= prev) offset = count;  // a new list: keep counting
      prev = it.v;
      const n = offset + it.v;
      count = Math.max(count, n);
      const end = k + 1 < items.length ? items[k + 1].i - 1 : paras.length - 1;
      out[String(n)] = [it.i, end];
    });
    // a list item's article may also be cited by paragraph where no item has that number
    return out;
  }
  paras.forEach((_, i) => { out[String(i + 1)] = [i, i]; });
  return out;
}

/** Split a text into articles by the 第N条 at the start of a line. */
export function parseArticles(text: string, overrides: Record<string, Record<string, [number, number]>> = {}): Record<string, Article> {
  const out: Record<string, Article> = {};
  let cur: { n: number; a: Article } | null = null;
  const flush = () => {
    if (cur) {
      cur.a.paras = cur.a.paras.filter((p) => p.length > 0);
      cur.a.clauses = { ...clausesOf(cur.a.paras), ...(overrides[`art-${cur.n}`] ?? {}) };
      // first occurrence wins: a later "第N条" at a line start is a quotation, not the article
      if (!out[`art-${cur.n}`]) out[`art-${cur.n}`] = cur.a;
    }
    cur = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = clean(raw);
    const m = ARTICLE_RE.exec(raw.trim());
    if (m) {
      flush();
      const n = cnToInt(m[2]);
      const a: Article = { heading: m[1], paras: [], clauses: {} };
      if (m[3]) a.title = m[3].trim();
      const first = clean(m[4] ?? '');
      if (first) a.paras.push(first);
      cur = { n, a };
      continue;
    }
    const t = raw.trim();
    // "### (三) 退役军人等。" (file 002 art 18): a list item set as a heading stays in its article
    if (/^#+\s*[（(]/.test(t)) {
      if (cur) (cur as { a: Article }).a.paras.push(clean(t.replace(/^#+\s*/, '')));
      continue;
    }
    if (BREAK_RE.test(t)) { flush(); continue; }
    if (cur && line) {
      const paras = (cur as { a: Article }).a.paras;
      const prev = paras[paras.length - 1];
      // a line broken inside a sentence by the PDF conversion (file 002): join it back
      if (prev && /[\u4e00-\u9fff\w]$/.test(prev) && !PAREN_ITEM.test(line) && !DOT_ITEM.test(line)) paras[paras.length - 1] = prev + line;
      else paras.push(line);
    }
  }
  flush();
  return out;
}

/**
 * Where a text's list is printed irregularly, the clause ranges canbao cites (paragraph indexes).
 * guangdong-2021-draft art 12: item (二) lost its marker in the source; its paragraphs are 3–4.
 * guangdong-2021-draft art 28: item (一) (death before the benefit period) lost its marker; its
 * paragraph is 1, between the lead and (二). The rules cite it as art-28/1.
 */
export const CLAUSE_OVERRIDES: Record<string, Record<string, Record<string, [number, number]>>> = {
  'guangdong-2021-draft': { 'art-12': { '1': [1, 2], '2': [3, 4] }, 'art-28': { '1': [1, 1] } },
};

/** Where each ruleset's text is: a file, optionally cut between two marker lines. */
export interface TextSource {
  file: string;
  /** regexp for the first line of the ruleset's part (inclusive) */
  from?: RegExp;
  /** regexp for the line after the part (exclusive) */
  to?: RegExp;
  /** the part is a notice without articles */
  notice?: boolean;
}

export const TEXT_SOURCES: Record<string, TextSource> = {
  'guangdong-2021-draft': { file: 'data/texts/000_23592db2f8887d51.txt' },
  'jiangmen-2024': { file: 'data/texts/001_a041b2e30c3aebbc.txt' },
  // file 002: Jieyang's forwarding notice, then the Guangdong text, then the national text
  'jieyang-2021': { file: 'data/texts/002_f3429025d4a25f8b.txt', to: /^抄送：揭阳市/, notice: true },
  'guangdong-2021': { file: 'data/texts/002_f3429025d4a25f8b.txt', from: /^#\s*广东省基本医疗保险参保管理经办规程\s*$/, to: /^附件\s*$/ },
  'national-2021': { file: 'data/texts/002_f3429025d4a25f8b.txt', from: /^#\s*基本医疗保险参保管理经办规程\s*$/ },
  'guangdong-2025-draft': { file: 'data/texts/003_3d2feb708d8fe1ff.txt' },
  'jilin-2022': { file: 'data/texts/004_8d506e14c1f818dd.txt' },
  'national-2024': { file: 'data/sources/policy-facts.md' },
};

export function slice(text: string, src: TextSource): string {
  const lines = text.split(/\r?\n/);
  let a = 0;
  let b = lines.length;
  if (src.from) {
    a = lines.findIndex((l) => src.from!.test(l.trim()));
    if (a < 0) throw new Error(`${src.file}: start marker ${src.from} not found`);
  }
  if (src.to) {
    const rel = lines.slice(a + 1).findIndex((l) => src.to!.test(l.trim()));
    if (rel < 0) throw new Error(`${src.file}: end marker ${src.to} not found`);
    b = a + 1 + rel + (src.notice ? 1 : 0);
  }
  return lines.slice(a, b).join('\n');
}

/**
 * national-2024 (国办发〔2024〕38号) has no article numbers in the excerpt canbao ships: the quoted
 * paragraphs of policy-facts.md §1.2 are art-1 and art-2, §1.4's is art-3
 * (core/rulesets/national-2024/rules.cpp). Clauses: art-1 1 fixed, 2 variable, 3 repair, 4 floor;
 * art-2 1 price, 2 provincial standards; art-3 its sentences (2 continuity, 3 zero claims, 4 amounts).
 */
export function parseNational2024(md: string): Record<string, Article> {
  const section = (n: string) => {
    const m = new RegExp(`^### ${n.replace('.', '\\.')}\\b[^\\n]*\\n([\\s\\S]*?)(?=^##)`, 'm').exec(md);
    if (!m) throw new Error(`policy-facts.md: section ${n} not found`);
    return [...m[1].matchAll(/^>\s*[“"]([^\n]*?)[”"]\s*$/gm)].map((q) => q[1]);
  };
  const q12 = section('1.2');
  const q14 = section('1.4');
  if (q12.length < 2 || q14.length < 1) throw new Error('policy-facts.md: expected 2 quotes in §1.2 and 1 in §1.4');
  const cut = (s: string, marks: string[]) => {
    const parts: string[] = [];
    let rest = s;
    for (const mk of marks) {
      const i = rest.indexOf(mk);
      if (i < 0) throw new Error(`policy-facts.md: "${mk}" not found`);
      parts.push(rest.slice(0, i + (mk.length === 1 ? 1 : 1)));
      rest = rest.slice(i + 1);
    }
    parts.push(rest);
    return parts.map((p) => p.trim());
  };
  const art1 = cut(q12[0], ['；', '，参保人员可通过', '，连续断缴']);
  const art2 = cut(q12[1], ['。']).filter(Boolean);
  const mk = (heading: string, paras: string[]): Article => ({
    heading, paras, clauses: Object.fromEntries(paras.map((_, i) => [String(i + 1), [i, i] as [number, number]])),
  });
  return {
    'art-1': mk('（一）待遇等待期', art1),
    'art-2': mk('（二）缴费标准', art2),
    // art-3 by sentence: 1 break penalty, 2 continuity raise, 3 zero-claim raise, 4 amounts, 5–7 resets and provinces
    'art-3': mk('（三）参保激励', q14[0].split(/(?<=[；。])/).map((x) => x.trim()).filter(Boolean)),
  };
}

export function buildArticleSets(root: string): ArticleSet[] {
  const cache = new Map<string, string>();
  const read = (f: string) => {
    if (!cache.has(f)) cache.set(f, readFileSync(join(root, f), 'utf8'));
    return cache.get(f)!;
  };
  return Object.entries(TEXT_SOURCES).map(([id, src]) => {
    const text = read(src.file);
    if (id === 'national-2024') return { id, source: src.file, articles: parseNational2024(text) };
    const part = slice(text, src);
    if (src.notice) {
      return { id, source: src.file, articles: {}, notice: part.split(/\r?\n/).map(clean).filter((l) => l && l !== '---') };
    }
    return { id, source: src.file, articles: parseArticles(part, CLAUSE_OVERRIDES[id]) };
  });
}
