// canbao portal: boot, routing (#/…), the page frame, kiosk idle reset, service worker.
import './styles.css';
import { caseFromHash, draftFromCase, emptyDraft } from './draft';
import { clear, h } from './dom';
import type { FlowCtx } from './flow';
import { lang, loadLang, setLang, t } from './i18n';
import { readSettings, rememberDisplay } from './settings';
import { loadSaved } from './storage';
import type { Case, Engine } from './types';
import { type App, notice } from './ui/app';
import type * as Forms from './ui/forms';
import { renderResult } from './ui/result';
import { renderStart } from './ui/start';

function safeStorage(): Storage | null {
  try { return window.localStorage; } catch { return null; }
}

const storage = safeStorage();
const settings = readSettings(location.search, storage);
setLang(settings.lang);

const root = document.documentElement;
const main = document.getElementById('main') as HTMLElement;

let assessFn: ((c: Case) => ReturnType<Engine['assess']>) | undefined;
let assessFor: Engine | null = null;

const app: App = {
  settings,
  draft: emptyDraft(),
  engine: null,
  editing: false,
  flash: null,
  result: null,
  storage,
  main,
  go(route: string) {
    if (location.hash === route) render(true);
    else location.hash = route;
  },
  rerender() { render(true); },
  get assess() {
    const e = app.engine;
    if (!e) return undefined;
    // one function per engine, so the probes' memo (flow.ts) is kept across pages
    if (!assessFn || assessFor !== e) { assessFor = e; assessFn = (c: Case) => e.assess(c); }
    return assessFn;
  },
  ctx(): FlowCtx { return { draft: app.draft, assess: app.assess }; },
  reset(reason?: string) {
    document.querySelector<HTMLDialogElement>('dialog.article-dialog')?.close();
    app.draft = emptyDraft();
    app.result = null;
    app.editing = false;
    app.flash = reason ?? null;
    try { sessionStorage.clear(); } catch { /* nothing */ }
    history.replaceState(null, '', location.pathname + location.search);
    render(true);
  },
};

function applyDisplay(): void {
  root.lang = lang() === 'zh' ? 'zh-CN' : 'en';
  root.classList.toggle('kiosk', settings.kiosk);
  root.classList.toggle('large', settings.large);
  document.body.classList.toggle('kiosk', settings.kiosk);
}

function shell(): void {
  const header = document.getElementById('header') as HTMLElement;
  clear(header);
  const langBtn = h('button', { type: 'button', class: 'header__button', lang: lang() === 'zh' ? 'en' : 'zh-CN', 'aria-label': t('lang_switch_label'), 'data-toggle': 'lang' }, t('lang_switch'));
  langBtn.addEventListener('click', async () => {
    const next = lang() === 'zh' ? 'en' : 'zh';
    try { await loadLang(next); } catch (e) { console.warn('canbao: language not loaded', e); return; }
    setLang(next);
    const p = new URLSearchParams(location.search);
    if (lang() === 'en') p.set('lang', 'en'); else p.delete('lang');
    const q = p.toString();
    history.replaceState(history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
    applyDisplay();
    shell();
    render(true);
  });
  const displayBtn = h('button', { type: 'button', class: 'header__button', 'aria-pressed': String(settings.large), 'data-toggle': 'display', title: t('display_toggle_label') }, t('display_toggle'));
  displayBtn.addEventListener('click', () => {
    settings.large = !settings.large;
    rememberDisplay(settings.large, settings.kiosk, storage);
    applyDisplay();
    displayBtn.setAttribute('aria-pressed', String(settings.large));
  });
  // a kiosk always offers to wipe the session
  const clearBtn = settings.kiosk ? h('button', { type: 'button', class: 'header__button', 'data-toggle': 'clear' }, t('kiosk_clear')) : null;
  clearBtn?.addEventListener('click', () => app.reset());
  header.append(
    h('a', { href: '#main', class: 'skip-link', 'data-skip': '' }, t('skip_link')),
    h('div', { class: 'header__inner' },
      h('a', { href: '#/', class: 'header__brand' }, h('span', { class: 'header__logo', 'aria-hidden': 'true' }, '参'), h('span', null, t('app_name'))),
      h('div', { class: 'header__tools' }, clearBtn, displayBtn, langBtn)));
  header.querySelector('[data-skip]')!.addEventListener('click', (e) => { e.preventDefault(); main.focus(); });
  const footer = document.getElementById('footer') as HTMLElement;
  clear(footer);
  footer.append(h('p', null, t('footer_privacy')), h('p', null, t('footer_offline')));
}

let firstRender = true;

let forms: typeof Forms | null = null;
let formsLoading: Promise<typeof Forms> | null = null;
function loadForms(): Promise<typeof Forms> {
  formsLoading ??= import('./ui/forms').then((m) => (forms = m), (e) => { formsLoading = null; throw e; });
  return formsLoading;
}

function render(focus = !firstRender): void {
  const hash = location.hash;
  let page: HTMLElement | null = null;
  if (!app.engine && hash !== '' && hash !== '#/' && hash !== '#') {
    page = h('div', { class: 'page page--loading' }, h('p', { role: 'status' }, t('loading_engine')));
  } else if (!forms && (hash.startsWith('#/q/') || hash.startsWith('#/edit/') || hash === '#/check')) {
    page = h('div', { class: 'page page--loading' }, h('p', { role: 'status' }, t('loading_engine')));
    loadForms().then(() => { if (location.hash === hash) render(focus); }, (e) => {
      console.warn('canbao: questions failed to load', e);
      clear(main);
      main.append(notice(t('engine_failed'), 'warning'));
    });
  } else if (hash.startsWith('#/q/') || hash.startsWith('#/edit/')) {
    const editing = hash.startsWith('#/edit/');
    const qid = decodeURIComponent(hash.slice(editing ? 7 : 4));
    if (!app.draft.answered.size && qid !== 'region') { location.replace('#/'); return; }
    app.editing = editing;
    page = forms!.renderQuestion(app, qid);
    if (!page) { location.replace(`#/q/${forms!.firstUnanswered(app.ctx())}`); return; }
  } else if (hash === '#/check') {
    if (!app.draft.answered.size) { location.replace('#/'); return; }
    app.editing = false;
    page = forms!.renderCheck(app);
  } else if (hash === '#/result') {
    if (!app.result && !(app.draft.c.region && app.draft.c.date && app.draft.c.action)) { location.replace('#/'); return; }
    page = renderResult(app);
  } else if (hash.startsWith('#case=')) {
    importCase(hash);
    return;
  } else {
    page = renderStart(app, () => {
      const s = loadSaved(storage);
      if (s) { app.draft = draftFromCase(s.case); app.result = { case: s.case }; app.go('#/result'); }
    });
  }
  clear(main);
  main.append(page);
  const h1 = main.querySelector('h1');
  document.title = `${h1?.textContent ?? ''} – ${t('app_name')}`;
  if (focus && h1) (h1 as HTMLElement).focus();
  if (focus) window.scrollTo(0, 0);
  firstRender = false;
}

function importCase(hash: string): void {
  try {
    const c = caseFromHash(hash);
    if (!c) throw new Error('no case');
    app.draft = draftFromCase(c);
    app.result = { case: c };
    // the answers now live in memory only; the address keeps no personal data
    history.replaceState(null, '', `${location.pathname}${location.search}#/result`);
  } catch {
    app.flash = t('err_fragment');
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  }
  render(false);
}

// ---- kiosk: clear everything after `idle` seconds without input ----
function idleReset(): void {
  if (!settings.kiosk) return;
  let timer = 0;
  const arm = () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const dirty = app.draft.answered.size > 0 || app.result !== null || (location.hash !== '' && location.hash !== '#/');
      if (dirty) app.reset(t('idle_cleared'));
      arm();
    }, settings.idle * 1000);
  };
  for (const ev of ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart']) window.addEventListener(ev, arm, { passive: true, capture: true });
  arm();
}

/**
 * Fetches the questionnaire and the article viewer in the background: at the citizen's first
 * touch or key, or when the browser is idle a few seconds after the page is on screen, so they
 * never compete with the engine for the first answer and are there before they are needed.
 */
function prefetchForms(): void {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    for (const ev of ['pointerdown', 'keydown']) window.removeEventListener(ev, go, true);
    loadForms().catch(() => { /* tried again when a question is opened */ });
    import('./ui/article').catch(() => { /* tried again when a citation is opened */ });
  };
  for (const ev of ['pointerdown', 'keydown']) window.addEventListener(ev, go, { capture: true, passive: true });
  const idle = (cb: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 0));
  setTimeout(() => idle(go), 3000);
}

async function boot(): Promise<void> {
  if (settings.lang !== 'zh') {
    // the English words are a chunk of their own; without them the page stays in Chinese
    try { await loadLang(settings.lang); } catch (e) { console.warn('canbao: language not loaded', e); setLang('zh'); }
  }
  applyDisplay();
  shell();
  window.addEventListener('hashchange', () => render(true));
  render(false);
  try {
    const { loadEngine } = await import('./engine');
    app.engine = (await loadEngine()) as Engine;
    document.body.dataset.engine = 'ready';
    if (location.hash && location.hash !== '#/') render(false);
  } catch (e) {
    console.warn('canbao: engine failed to load', e);
    clear(main);
    main.append(notice(t('engine_failed'), 'warning'));
    document.body.dataset.engine = 'failed';
  }
  idleReset();
  prefetchForms();
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('canbao: service worker not registered', e));
  }
}

void boot();
