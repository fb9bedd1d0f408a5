import { describe, expect, it } from 'vitest';
import { readSettings, rememberDisplay } from './settings';
import { forget, loadSaved, save } from './storage';

class Mem implements Storage {
  m = new Map<string, string>();
  get length() { return this.m.size; }
  clear() { this.m.clear(); }
  getItem(k: string) { return this.m.get(k) ?? null; }
  key(i: number) { return [...this.m.keys()][i] ?? null; }
  removeItem(k: string) { this.m.delete(k); }
  setItem(k: string, v: string) { this.m.set(k, v); }
}

describe('settings from the address', () => {
  it('reads kiosk, idle and language', () => {
    expect(readSettings('?kiosk=1&idle=2&lang=en')).toEqual({ kiosk: true, idle: 2, lang: 'en', large: false });
    expect(readSettings('').idle).toBe(120);
    expect(readSettings('?idle=0').idle).toBe(120);
    expect(readSettings('?idle=abc').idle).toBe(120);
    expect(readSettings('').lang).toBe('zh');
  });
  it('remembers the large-text display, but never on a kiosk', () => {
    const s = new Mem();
    rememberDisplay(true, false, s);
    expect(readSettings('', s).large).toBe(true);
    expect(readSettings('?kiosk=1', s).large).toBe(false);
    const k = new Mem();
    rememberDisplay(true, true, k);
    expect(k.length).toBe(0);
  });
});

describe('saving is a choice', () => {
  it('saves, loads and forgets', () => {
    const s = new Mem();
    expect(loadSaved(s)).toBeNull();
    save(s, { region: '440100', date: '2026-01-01', action: 'enroll_resident' }, new Date('2026-01-02T00:00:00Z'));
    expect(loadSaved(s)?.case.region).toBe('440100');
    forget(s);
    expect(s.length).toBe(0);
  });
});
