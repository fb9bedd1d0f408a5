import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticleSets, clausesOf, cnToInt, parseArticles, TEXT_SOURCES } from './articles';

const ROOT = join(__dirname, '..', '..');
const sets = Object.fromEntries(buildArticleSets(ROOT).map((s) => [s.id, s]));

describe('cnToInt', () => {
  it('reads Chinese article numbers', () => {
    expect(cnToInt('一')).toBe(1);
    expect(cnToInt('十')).toBe(10);
    expect(cnToInt('十九')).toBe(19);
    expect(cnToInt('三十六')).toBe(36);
    expect(cnToInt('六十二')).toBe(62);
    expect(cnToInt('一百零二')).toBe(102);
  });
});

describe('parseArticles', () => {
  it('splits by 第N条 at line start, keeps titles and drops markup', () => {
    const a = parseArticles('第一章 总则\n**第一条** 甲。\n\n第二条【范围】乙\n（一）丙；\n（二）丁。\n第二章 其他\n不属于任何条');
    expect(Object.keys(a)).toEqual(['art-1', 'art-2']);
    expect(a['art-1'].paras).toEqual(['甲。']);
    expect(a['art-2'].title).toBe('范围');
    expect(a['art-2'].paras).toEqual(['乙', '（一）丙；', '（二）丁。']);
    expect(a['art-2'].clauses['2']).toEqual([2, 2]);
  });
  it('numbers a restarted list on (jilin art 36: second list is 4..6)', () => {
    const c = clausesOf(['头', '（一）a', '（二）b', '（三）c', '中间', '（一）d', '（二）e', '（三）f']);
    expect(c['1']).toEqual([1, 1]);
    expect(c['3']).toEqual([3, 4]);
    expect(c['4']).toEqual([5, 5]);
    expect(c['6']).toEqual([7, 7]);
  });
  it('uses paragraphs when an article has no list', () => {
    expect(clausesOf(['a', 'b', 'c'])['3']).toEqual([2, 2]);
  });
});

describe('the bundled texts', () => {
  it('maps every ruleset to the text its ruleset.json names', () => {
    for (const id of readdirSync(join(ROOT, 'core/rulesets'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      const meta = JSON.parse(readFileSync(join(ROOT, 'core/rulesets', id, 'ruleset.json'), 'utf8'));
      expect(TEXT_SOURCES[id]?.file, id).toBe(meta.source_text);
    }
  });
  it('finds every article of each text, in order', () => {
    const expected: Record<string, number> = {
      'guangdong-2021-draft': 48, 'jiangmen-2024': 31, 'guangdong-2021': 29, 'national-2021': 22,
      'guangdong-2025-draft': 40, 'jilin-2022': 62, 'national-2024': 3,
    };
    for (const [id, n] of Object.entries(expected)) {
      const keys = Object.keys(sets[id].articles);
      expect(keys.length, id).toBe(n);
      expect(keys, id).toEqual(Array.from({ length: n }, (_, i) => `art-${i + 1}`));
    }
    expect(sets['jieyang-2021'].notice?.join('')).toContain('揭医保函〔2021〕94号');
  });
  it('has the article and clause of every citation in the rule code', () => {
    const missing: string[] = [];
    for (const id of Object.keys(TEXT_SOURCES)) {
      const src = readFileSync(join(ROOT, 'core/rulesets', id, 'rules.cpp'), 'utf8');
      for (const m of src.matchAll(/cite\("(art-\d+)(?:\/(\d+))?/g)) {
        const art = sets[id].articles[m[1]];
        if (!art) missing.push(`${id}/${m[1]}`);
        else if (m[2] && !art.clauses[m[2]]) missing.push(`${id}/${m[1]}/${m[2]}`);
      }
    }
    expect(missing).toEqual([]);
  });
  it('cuts file 002 into its Guangdong and national parts', () => {
    expect(sets['guangdong-2021'].articles['art-29'].paras[0]).toContain('2021年12月1日');
    expect(sets['national-2021'].articles['art-22'].paras[0]).toContain('2021年12月1日');
    expect(sets['national-2021'].articles['art-16'].paras[0]).toContain('退费');
  });
  it('reads jilin art 36 with two lists and national-2024 from the quoted paragraphs', () => {
    const a36 = sets['jilin-2022'].articles['art-36'];
    expect(a36.paras[a36.clauses['4'][0]]).toMatch(/^（一）参保人员职工医保/);
    expect(a36.paras[a36.clauses['6'][0]]).toMatch(/^（三）/);
    const n1 = sets['national-2024'].articles['art-1'];
    expect(n1.paras).toHaveLength(4);
    expect(n1.paras[0]).toMatch(/^自2025年起.*3个月；$/);
    expect(n1.paras[3]).toMatch(/^连续断缴4年及以上的.*6个月。$/);
    expect(sets['national-2024'].articles['art-2'].paras[0]).toBe('缴费参照当年参保地的个人缴费标准。');
    const n3 = sets['national-2024'].articles['art-3'];
    expect(n3.paras[0]).toMatch(/^自2025年起，对断保人员再参保的/);
    expect(n3.paras[1]).toMatch(/^对连续参加居民医保满4年/);
    expect(n3.paras[2]).toMatch(/^对当年基金零报销/);
    expect(n3.paras[3]).toMatch(/不低于1000元/);
  });
  it('has the next-steps articles (jiangmen art 7 and 20, jilin art 35)', () => {
    expect(sets['jiangmen-2024'].articles['art-7'].paras.join('')).toContain('注销申请');
    expect(sets['jiangmen-2024'].articles['art-20'].paras.join('')).toContain('粤医保');
    expect(sets['jilin-2022'].articles['art-35'].paras.join('')).toContain('户籍地或居住证');
  });
});

describe('irregular print', () => {
  it('joins lines broken inside a sentence and keeps a list item set as a heading', () => {
    const s = Object.fromEntries(buildArticleSets(ROOT).map((x) => [x.id, x]));
    expect(s['guangdong-2021'].articles['art-16'].paras[0]).toMatch(/不同基本医疗保险制度（跨制度重复参保）/);
    const a18 = s['guangdong-2021'].articles['art-18'];
    expect(a18.paras[a18.clauses['3'][0]]).toMatch(/^\(三\) 退役军人等/);
    const a12 = s['guangdong-2021-draft'].articles['art-12'];
    expect(a12.paras[a12.clauses['2'][0]]).toMatch(/^参保人员居民医保参保状态/);
    const a28 = s['guangdong-2021-draft'].articles['art-28'];
    expect(a28.paras[a28.clauses['1'][0]]).toMatch(/^参保人员在进入居民医保待遇享受期前死亡的/);
    expect(a28.paras[a28.clauses['2'][0]]).toMatch(/^（二）/);
  });
});
