// The regions the portal offers (contract: 6-digit GB/T 2260 codes). The engine resolves each to
// the texts in force (a city code falls back to its province, then to the national texts).
import type { Lang } from './i18n';

export interface RegionChoice { code: string; zh: string; en: string }

export const REGIONS: RegionChoice[] = [
  { code: '440100', zh: '广州市', en: 'Guangzhou' },
  { code: '440700', zh: '江门市', en: 'Jiangmen' },
  { code: '445200', zh: '揭阳市', en: 'Jieyang' },
  { code: '441581', zh: '陆丰市', en: 'Lufeng' },
  { code: '440000', zh: '广东省其他地区', en: 'Elsewhere in Guangdong' },
  { code: '220100', zh: '长春市', en: 'Changchun' },
  { code: '220000', zh: '吉林省其他地区', en: 'Elsewhere in Jilin' },
];

/** A few more names for codes people type (records often come from elsewhere). */
const EXTRA: Record<string, [string, string]> = {
  '430100': ['长沙市', 'Changsha'],
  '440500': ['汕头市', 'Shantou'],
  '441400': ['梅州市', 'Meizhou'],
  '220200': ['吉林市', 'Jilin City'],
  '110000': ['北京市', 'Beijing'],
  '310000': ['上海市', 'Shanghai'],
  '000000': ['全国', 'national'],
};

export function regionName(code: string | undefined, l: Lang): string {
  if (!code) return '';
  const r = REGIONS.find((x) => x.code === code);
  if (r) return l === 'zh' ? r.zh : r.en;
  const e = EXTRA[code];
  if (e) return l === 'zh' ? e[0] : e[1];
  return l === 'zh' ? `地区 ${code}` : `region ${code}`;
}

/** The engine's own check: 6 digits, a mainland province prefix. */
export function validRegionCode(s: string): boolean {
  return /^[1-8]\d{5}$/.test(s);
}

export function province(code: string): string {
  return code.slice(0, 2) + '0000';
}
