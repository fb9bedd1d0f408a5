import { describe, expect, it } from 'vitest';
import { code, langLoaded, loadLang, t } from './i18n';

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
