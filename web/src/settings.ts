// Page settings from the address (never personal data): ?lang=en, ?kiosk=1, ?idle=SECONDS,
// ?large=1. The large-text display choice is the only thing remembered without asking, and
// it is not about the person (a kiosk never remembers it).
import type { Lang } from './i18n';

export interface Settings {
  lang: Lang;
  kiosk: boolean;
  /** kiosk idle reset, seconds */
  idle: number;
  large: boolean;
}

const DISPLAY_KEY = 'canbao.display';

export function readSettings(search: string, storage?: Storage | null): Settings {
  const p = new URLSearchParams(search);
  const kiosk = p.get('kiosk') === '1';
  const idleRaw = Number(p.get('idle'));
  const idle = Number.isFinite(idleRaw) && idleRaw >= 1 && idleRaw <= 3600 ? idleRaw : 120;
  const lang: Lang = p.get('lang') === 'en' ? 'en' : 'zh';
  let large = p.get('large') === '1';
  if (!large && !kiosk && storage) {
    try { large = storage.getItem(DISPLAY_KEY) === 'large'; } catch { /* storage blocked */ }
  }
  return { lang, kiosk, idle, large };
}

export function rememberDisplay(large: boolean, kiosk: boolean, storage?: Storage | null): void {
  if (kiosk || !storage) return;
  try {
    if (large) storage.setItem(DISPLAY_KEY, 'large');
    else storage.removeItem(DISPLAY_KEY);
  } catch { /* storage blocked */ }
}
