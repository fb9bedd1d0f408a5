import { describe, expect, it } from 'vitest';
import { allCitations, citationLabel, parseCitation } from './citations';

describe('citations', () => {
  it('parses RULESET/art-N[/CLAUSE]', () => {
    expect(parseCitation('jilin-2022/art-36/4')).toEqual({ ruleset: 'jilin-2022', article: 36, clause: 4, raw: 'jilin-2022/art-36/4' });
    expect(parseCitation('national-2021/art-7')?.clause).toBeUndefined();
    expect(parseCitation('nonsense')).toBeNull();
  });
  it('names them in both languages', () => {
    expect(citationLabel('guangdong-2025-draft/art-19/3', 'zh')).toBe('广东规程2025征求意见稿 第19条（3）');
    expect(citationLabel('jilin-2022/art-35', 'en')).toBe('Jilin procedures 2022, art. 35');
    expect(citationLabel('national-2024/art-1/2', 'zh')).toContain('国办发〔2024〕38号');
  });
  it('lists each citation once', () => {
    expect(allCitations([{ basis: ['a/art-1', 'b/art-2'] }, { basis: ['a/art-1'] }])).toEqual(['a/art-1', 'b/art-2']);
  });
});
