// The shared state of the running portal and the page frame every page uses.
import type { Draft } from '../draft';
import type { Assess, FlowCtx } from '../flow';
import type { Settings } from '../settings';
import type { Assessment, Case, Engine, EngineError } from '../types';
import { h } from '../dom';
import { t } from '../i18n';

export interface Result { case: Case; assessment?: Assessment; error?: EngineError; recomputed?: boolean }

export interface App {
  settings: Settings;
  draft: Draft;
  engine: Engine | null;
  /** came from the check page: "Continue" returns there */
  editing: boolean;
  /** a one-off notice for the next page */
  flash: string | null;
  result: Result | null;
  storage: Storage | null;
  main: HTMLElement;
  go(route: string): void;
  rerender(): void;
  assess: Assess | undefined;
  ctx(): FlowCtx;
  reset(reason?: string): void;
}

export function engineError(e: unknown): EngineError {
  const err = (e as { error?: EngineError }).error;
  if (err && typeof err.code === 'string') return err;
  return { code: 'internal', path: '', message: String((e as Error)?.message ?? e) };
}

/** A page heading that receives focus after navigation. */
export function heading(text: string, level: 'h1' | 'h2' = 'h1', attrs: Record<string, string> = {}): HTMLElement {
  return h(level, { class: level === 'h1' ? 'page-title' : 'section-title', tabindex: '-1', ...attrs }, text);
}

export function backLink(href: string | null): HTMLElement | null {
  return href ? h('a', { class: 'back-link', href }, t('back')) : null;
}

export function notice(text: string, kind: 'info' | 'success' | 'warning' = 'info'): HTMLElement {
  return h('div', { class: `notice notice--${kind}`, role: 'status' }, h('p', null, text));
}
