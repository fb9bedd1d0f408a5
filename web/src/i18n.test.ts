import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { code, indexKeys, langLoaded, loadLang, t } from './i18n';

describe('languages', () => {
  it('keeps English out of the page until it is asked for, then uses it', async () => {
    expect(langLoaded('zh')).toBe(true);
    expect(langLoaded('en')).toBe(false);
    // before loadLang('en') an English look-up falls back to Chinese, never to a raw key
    expect(t('start_button', undefined, 'en')).toBe(t('start_button', undefined, 'zh'));
    expect(code('outside_centralized_period', 'en')).toBe(code('outside_centralized_period', 'zh'));
    await loadLang('en');
    expect(langLoaded('en')).toBe(true);
    expect(t('start_button', undefined, 'en')).not.toBe(t('start_button', undefined, 'zh'));
    expect(code('outside_centralized_period', 'en')).toBe('the date is outside the centralized payment period');
  });
});

describe("the questions' words (i18n-forms.ts)", () => {
  // They travel with the forms chunk, so a case link's answer never waits for them (issue 7).
  const src = fileURLToPath(new URL('.', import.meta.url));
  const FORMS_CHUNK = ['ui/forms.ts', 'ui/questions.ts', 'ui/check.ts', 'flow.ts', 'i18n-forms.ts'];

  it('are used only by the modules of the forms chunk, which load them', async () => {
    const { zhForms } = await import('./i18n-forms');
    const formsKeys = Object.keys(zhForms);
    expect(formsKeys.length).toBeGreaterThan(50);
    const files = ['', 'ui/'].flatMap((d) => readdirSync(src + d).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => d + f));
    expect(files).toContain('ui/result.ts');
    const quoted = (text: string, k: string) => new RegExp(`['"\`]${k}['"\`]`).test(text);
    for (const f of files) {
      if (FORMS_CHUNK.includes(f) || f === 'i18n-en.ts') continue;
      const text = readFileSync(src + f, 'utf8');
      expect(formsKeys.filter((k) => quoted(text, k)), f).toEqual([]);
    }
    for (const f of ['ui/questions.ts', 'ui/check.ts', 'flow.ts'])
      expect(readFileSync(src + f, 'utf8'), f).toMatch(/^import '\.{1,2}\/(\.\.\/)?i18n-forms';$/m);
  });

  it('are not in the index dictionary, and with it make exactly the English words', async () => {
    const { zhForms } = await import('./i18n-forms');
    const formsKeys = Object.keys(zhForms);
    expect(indexKeys().filter((k) => formsKeys.includes(k))).toEqual([]);
    await loadLang('en');
    const { en } = await import('./i18n-en');
    expect([...indexKeys(), ...formsKeys].sort()).toEqual(Object.keys(en).sort());
    expect(t('q_region', undefined, 'zh')).toBe(zhForms.q_region);
  });
});
