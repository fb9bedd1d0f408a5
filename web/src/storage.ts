// Saving is the citizen's choice: only then is the case written to localStorage, and "forget"
// removes it. Nothing else about the person is ever stored.
import type { Case } from './types';

const KEY = 'canbao.saved';

export interface Saved { case: Case; saved_at: string }

export function loadSaved(storage: Storage | null): Saved | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Saved;
    return v && typeof v === 'object' && v.case ? v : null;
  } catch {
    return null;
  }
}

export function save(storage: Storage | null, c: Case, now = new Date()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(KEY, JSON.stringify({ case: c, saved_at: now.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function forget(storage: Storage | null): void {
  try { storage?.removeItem(KEY); } catch { /* nothing stored */ }
}
