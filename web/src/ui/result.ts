// The result: four landmark sections (plain language first, detail second), each decision with
// its citation; the chain of texts with their status; warnings and fields for unknown local
// values; next steps; save / share / print; and a one-page print receipt.
import { allCitations, citationLabel } from '../citations';
import { buildCase, encodeCase, todayIso } from '../draft';
import { h, id as uid } from '../dom';
import { code, formatDate, lang, t, type Key } from '../i18n';
import { nextSteps } from '../nextsteps';
import { regionName } from '../regions';
import { forget, loadSaved, save } from '../storage';
import { extraSections, missingParams, summarize, traceBySection } from '../summaries';
import { shownExtensions, summarizeExtension } from '../extensions';
import { percentText, readAmount, readPercent, readYears } from '../inputs';
import type { Assessment, Case, ExtensionKey, RulesetInfo, SectionKey } from '../types';
import { EXTENSION_SECTIONS, SECTIONS } from '../types';
import { type App, engineError, heading, notice } from './app';
import { repairChart, repairTable, timeline } from './charts';
import { button, dateInput, type FieldError, radios, showErrors, textInput } from './components';

function citeButtons(basis: string[], rulesets: RulesetInfo[], label: Key = 'basis'): HTMLElement {
  const l = lang();
  if (!basis.length) return h('p', { class: 'basis' }, h('span', { class: 'basis__label' }, t(label)), ' ', t('basis_none'));
  return h('p', { class: 'basis' }, h('span', { class: 'basis__label' }, t(label)), ' ',
    ...basis.flatMap((b, i) => {
      const btn = h('button', { type: 'button', class: 'cite', 'data-cite': b, 'aria-haspopup': 'dialog' },
        h('span', { class: 'visually-hidden' }, t('cite_open', { label: '' })), citationLabel(b, l));
      // the article viewer is a chunk of its own (main.ts fetches it in the background)
      btn.addEventListener('click', () => { import('./article').then((m) => m.openArticle(b, rulesets), (e) => console.warn('canbao: article viewer not loaded', e)); });
      return i ? [' ', btn] : [btn];
    }));
}

function rulesetList(a: Assessment): RulesetInfo[] {
  return (a.ruleset.rulesets ?? []) as RulesetInfo[];
}

function chainPanel(app: App, a: Assessment): HTMLElement {
  const l = lang();
  const infos = rulesetList(a);
  const all = app.engine?.rulesets().rulesets ?? [];
  const titleId = uid('chain');
  const items = a.ruleset.chain.map((id) => {
    const r = infos.find((x) => x.id === id) ?? all.find((x) => x.id === id);
    const full = all.find((x) => x.id === id);
    const title = r ? (l === 'zh' ? r.title : (full?.title_en ?? r.title)) : id;
    const eff = r?.effective_from
      ? (r.effective_to ? t('effective_from_to', { from: formatDate(r.effective_from), to: formatDate(r.effective_to) }) : t('effective_from', { from: formatDate(r.effective_from) }))
      : t('effective_unknown');
    const draft = r?.status === 'draft';
    return h('li', { class: `chain__item${draft ? ' chain__item--draft' : ''}`, 'data-ruleset': id, 'data-status': r?.status ?? '' },
      h('span', { class: 'chain__title' }, title),
      h('span', { class: `status status--${draft ? 'draft' : 'final'}` }, draft ? t('status_draft') : t('status_final')),
      h('span', { class: 'chain__meta' }, [r?.document_number ? t('doc_number', { n: r.document_number }) : '', eff].filter(Boolean).join(' · ')));
  });
  const why = a.ruleset.resolved_by === 'explicit' ? t('chain_why_explicit') : t('chain_why_default', { why: a.ruleset.why ?? '' });
  return h('section', { class: 'panel chain', 'aria-labelledby': titleId, 'data-panel': 'chain' },
    h('h2', { class: 'panel__title', id: titleId }, t('chain_title')),
    h('ol', { class: 'chain__list' }, ...items),
    h('p', { class: 'hint chain__why' }, why));
}

function warningsPanel(a: Assessment): HTMLElement | null {
  const l = lang();
  const ws = a.warnings.filter((w) => w.code !== 'draft_text');
  if (!ws.length) return null;
  const titleId = uid('warn');
  return h('section', { class: 'panel panel--warning', 'aria-labelledby': titleId, 'data-panel': 'warnings' },
    h('h2', { class: 'panel__title', id: titleId }, t('warnings_title')),
    h('ul', { class: 'list' }, ...ws.map((w) => h('li', { 'data-warning': w.code }, code(w.code, l)))));
}

function paramsPanel(app: App, c: Case, a: Assessment): HTMLElement | null {
  const given = (c.params ?? {}) as Record<string, unknown>;
  const need = missingParams(a, given);
  const employee = need.employeeBase || need.employeeRate || need.employerRate || need.requiredYears || need.lumpSum;
  if (!need.contribution && !need.period && !need.day && !employee) return null;
  const titleId = uid('params');
  const fields: HTMLElement[] = [];
  const readers: ((p: Record<string, unknown>, e: FieldError[]) => void)[] = [];
  if (need.contribution) {
    const f = textInput({ label: t('param_contribution'), value: given.resident_contribution_cny != null ? String(given.resident_contribution_cny) : '', inputmode: 'decimal', width: 10, name: 'resident_contribution_cny' });
    f.el.dataset.param = 'resident_contribution_cny';
    fields.push(f.el);
    readers.push((p, e) => {
      const v = f.get().replace(/[,，\s元¥]/g, '');
      if (!v) { delete p.resident_contribution_cny; return; }
      if (!/^\d{1,9}(\.\d{1,2})?$/.test(v)) e.push({ target: f.firstId, message: t('err_amount') });
      else p.resident_contribution_cny = Number(v);
    });
  }
  if (need.period) {
    const s = dateInput({ legend: t('param_period_start'), value: (given.centralized_period_start as string) ?? '', name: 'centralized_period_start' });
    const en = dateInput({ legend: t('param_period_end'), value: (given.centralized_period_end as string) ?? '', name: 'centralized_period_end' });
    s.el.dataset.param = 'centralized_period_start';
    en.el.dataset.param = 'centralized_period_end';
    fields.push(s.el, en.el);
    readers.push((p, e) => {
      for (const [ctl, key] of [[s, 'centralized_period_start'], [en, 'centralized_period_end']] as const) {
        const v = ctl.get();
        if (v.blank) delete p[key];
        else if (!v.iso) e.push({ target: ctl.firstId, message: t('err_date') });
        else p[key] = v.iso;
      }
    });
  }
  if (need.day) {
    const r = radios({ name: 'day-convention', legend: t('param_day'), options: [{ value: 'same_day', label: t('param_day_same') }, { value: 'next_day', label: t('param_day_next') }], value: (given.waiting_day_convention as string) ?? null });
    r.el.dataset.param = 'waiting_day_convention';
    fields.push(r.el);
    readers.push((p) => { const v = r.get(); if (v) p.waiting_day_convention = v; else delete p.waiting_day_convention; });
  }
  // employee insurance and retirement: asked only where the engine has no sourced value (its
  // warnings say so) or the citizen gave one; each field says whether a value is there
  const numberParam = (key: string, label: Key, kind: 'amount' | 'percent' | 'years', hint?: Key) => {
    const has = given[key] !== undefined && given[key] !== null;
    const shown = has ? (kind === 'percent' ? percentText(given[key]) : String(given[key])) : '';
    const status = t(has ? 'param_has_value' : 'param_no_source');
    const f = textInput({ label: `${t(label)}（${status}）`.replace(/（(.*)）$/, lang() === 'zh' ? '（$1）' : ' ($1)'), hint: hint ? t(hint) : undefined, value: shown, inputmode: kind === 'years' ? 'numeric' : 'decimal', width: kind === 'amount' ? 10 : 5, name: key });
    f.el.dataset.param = key;
    fields.push(f.el);
    readers.push((p, e) => {
      const v = kind === 'amount' ? readAmount(f.get()) : kind === 'percent' ? readPercent(f.get()) : readYears(f.get());
      if (v === undefined) e.push({ target: f.firstId, message: t(kind === 'amount' ? 'err_amount_max' : kind === 'percent' ? 'err_percent' : 'err_years_count') });
      else if (v === null) delete p[key];
      else p[key] = v;
    });
  };
  if (employee) fields.push(h('p', { class: 'hint', 'data-params-employee': '' }, t('params_employee_lead')));
  if (need.employeeBase) numberParam('employee_base_cny', 'param_employee_base', 'amount');
  if (need.employeeRate) numberParam('employee_rate', 'param_employee_rate', 'percent', 'param_rate_hint');
  if (need.employerRate) numberParam('employer_rate', 'param_employer_rate', 'percent', 'param_rate_hint');
  if (need.requiredYears) numberParam('retirement_required_years', 'param_required_years', 'years');
  if (need.lumpSum) {
    numberParam('lump_sum_base_cny', 'param_lump_base', 'amount');
    numberParam('lump_sum_rate', 'param_lump_rate', 'percent', 'param_rate_hint');
  }
  const summary = h('div', { class: 'error-summary', tabindex: '-1', role: 'alert', hidden: true });
  const form = h('form', { class: 'params', novalidate: true }, summary, ...fields,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary', 'data-recompute': '' }, t('recompute'))));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const errors: FieldError[] = [];
    const p: Record<string, unknown> = { ...((app.draft.c.params ?? {}) as Record<string, unknown>), ...given };
    for (const read of readers) read(p, errors);
    showErrors(form, summary, errors);
    if (errors.length) return;
    app.draft.c.params = p;
    const nc: Case = { ...c, params: p };
    if (!Object.keys(p).length) delete nc.params;
    app.result = { case: nc, recomputed: true };
    app.rerender();
  });
  return h('section', { class: 'panel no-print', 'aria-labelledby': titleId, 'data-panel': 'params' },
    h('h2', { class: 'panel__title', id: titleId }, t('params_title')),
    h('p', { class: 'hint' }, t('params_lead')),
    form);
}

const SECTION_TITLE: Record<SectionKey, Key> = {
  registration: 'sec_registration', waiting_period: 'sec_waiting_period', repair: 'sec_repair', refund: 'sec_refund',
};

function sectionEl(a: Assessment, key: SectionKey, traces: ReturnType<typeof traceBySection>, rulesets: RulesetInfo[]): HTMLElement {
  const l = lang();
  const titleId = `sec-${key}`;
  const sum = summarize(a, key, l);
  const outcome = a[key].outcome;
  const parts: (HTMLElement | null)[] = [
    h('h2', { class: 'section__title', id: titleId }, t(SECTION_TITLE[key])),
    h('p', { class: `section__lead outcome outcome--${outcome}` }, sum.lead),
  ];
  if (sum.steps?.length) parts.push(h('p', { class: 'section__sub' }, t('reg_steps_title')), h('ol', { class: 'list list--number' }, ...sum.steps.map((s) => h('li', null, s))));
  if (sum.effects?.length) parts.push(h('p', { class: 'section__sub' }, t('reg_effects_title')), h('ul', { class: 'list' }, ...sum.effects.map((s) => h('li', null, s))));
  if (sum.points.length) parts.push(h('ul', { class: 'list section__points' }, ...sum.points.map((p) => h('li', null, p))));
  if (sum.conditions?.length) parts.push(h('p', { class: 'section__sub' }, t('refund_conditions')), h('ul', { class: 'list' }, ...sum.conditions.map((s) => h('li', null, s))));
  if (key === 'waiting_period') parts.push(timeline(a, l));
  if (key === 'repair') parts.push(repairTable(a, l), repairChart(a, l));
  parts.push(citeButtons(a[key].basis ?? [], rulesets));
  parts.push(traceDetails(traces[key] ?? [], rulesets));
  return h('section', { class: `section section--${key}`, 'aria-labelledby': titleId, 'data-section': key, 'data-outcome': outcome }, ...parts);
}

const EXT_TITLE: Record<ExtensionKey, Key> = {
  continuity: 'sec_continuity', employee_gap: 'sec_employee_gap', retirement: 'sec_retirement', duplicates: 'sec_duplicates', incentives: 'sec_incentives',
};

/** A panel for an extension section, numbered after the four: outcome, key figures, facts, warnings, citations. */
function extensionEl(a: Assessment, c: Case, key: ExtensionKey, n: number, traces: ReturnType<typeof traceBySection>, rulesets: RulesetInfo[]): HTMLElement {
  const l = lang();
  const titleId = `sec-${key}`;
  const sec = a[key]!;
  const sum = summarizeExtension(a, key, l, c);
  const figId = uid('fig');
  const parts: (HTMLElement | null)[] = [
    h('h2', { class: 'section__title', id: titleId }, `${n}. ${t(EXT_TITLE[key])}`),
    h('p', { class: `section__lead outcome outcome--${sec.outcome}` }, sum.lead),
  ];
  if (sum.figures.length) {
    parts.push(h('p', { class: 'section__sub', id: figId }, t('ext_figures')),
      h('dl', { class: 'figures', 'aria-labelledby': figId }, ...sum.figures.map((f) => h('div', { class: 'figures__row', 'data-figure': f.id, 'data-value': JSON.stringify(f.raw ?? null) },
        h('dt', { class: 'figures__key' }, f.label),
        h('dd', { class: 'figures__value' }, f.value)))));
  }
  if (sum.points.length) parts.push(h('ul', { class: 'list section__points' }, ...sum.points.map((p) => h('li', null, p))));
  if (sum.warnings.length) {
    parts.push(h('div', { class: 'section__warnings', 'data-section-warnings': '' },
      h('p', { class: 'section__sub' }, t('ext_warnings')),
      h('ul', { class: 'list' }, ...sum.warnings.map((w) => h('li', { 'data-warning': w }, code(w, l))))));
  }
  parts.push(citeButtons(sec.basis ?? [], rulesets));
  if (sum.moreBasis?.length) parts.push(citeButtons(sum.moreBasis, rulesets, 'basis_refunds'));
  parts.push(traceDetails(traces[key] ?? [], rulesets));
  return h('section', { class: `section section--ext section--${key}`, 'aria-labelledby': titleId, 'data-section': key, 'data-outcome': sec.outcome }, ...parts);
}

function traceDetails(items: { rule: string; zh: string; en: string }[], rulesets: RulesetInfo[]): HTMLElement | null {
  if (!items.length) return null;
  const l = lang();
  return h('details', { class: 'details' },
    h('summary', { class: 'details__summary' }, t('details')),
    h('ol', { class: 'trace' }, ...items.map((x) => h('li', { class: 'trace__item', 'data-rule': x.rule },
      h('p', null, l === 'zh' ? x.zh : x.en),
      citeButtons([x.rule.split('#')[0]], rulesets)))));
}

function otherFindings(a: Assessment, traces: ReturnType<typeof traceBySection>, rulesets: RulesetInfo[]): HTMLElement | null {
  const known = new Set<string>(EXTENSION_SECTIONS);
  const extra = extraSections(a).filter((x) => !known.has(x.key));
  if (!extra.length) return null;
  const titleId = uid('other');
  return h('section', { class: 'panel', 'aria-labelledby': titleId, 'data-panel': 'other-findings' },
    h('h2', { class: 'panel__title', id: titleId }, t('other_title')),
    h('p', { class: 'hint' }, t('other_lead')),
    ...extra.map((x) => {
      const hid = uid(`extra-${x.key}`);
      const key = `sec_${x.key}` as Key;
      const title = t(key) === key ? code(x.key) : t(key);
      // the engine's own explanations say what was found; the outcome code alone says little
      const said = (traces[x.key] ?? []).map((i) => h('li', null, lang() === 'zh' ? i.zh : i.en));
      return h('div', { class: 'extra', role: 'group', 'aria-labelledby': hid, 'data-extra-section': x.key, 'data-outcome': x.outcome },
        h('h3', { class: 'extra__title', id: hid }, title),
        h('p', null, t('other_outcome', { outcome: code(x.outcome) })),
        said.length ? h('ul', { class: 'list' }, ...said) : null,
        citeButtons(x.basis, rulesets));
    }));
}

function nextStepsPanel(c: Case, a: Assessment): HTMLElement | null {
  const steps = nextSteps(c, a);
  if (!steps.length) return null;
  const l = lang();
  const rulesets = rulesetList(a);
  const titleId = uid('next');
  return h('section', { class: 'panel panel--next', 'aria-labelledby': titleId, 'data-panel': 'next-steps' },
    h('h2', { class: 'panel__title', id: titleId }, t('next_title')),
    h('p', { class: 'hint' }, t('next_lead')),
    h('ol', { class: 'list list--number next-steps' }, ...steps.map((s) => h('li', null, h('p', null, l === 'zh' ? s.zh : s.en), citeButtons(s.cite, rulesets)))));
}

function actionsPanel(app: App, c: Case): HTMLElement {
  const titleId = uid('actions');
  const status = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
  const buttons: HTMLElement[] = [button(t('print'), () => window.print(), 'button button--secondary', { 'data-action': 'print' })];
  const extra: HTMLElement[] = [];
  if (!app.settings.kiosk) {
    const saved = loadSaved(app.storage);
    const forgetBtn = button(t('forget'), () => { forget(app.storage); status.textContent = t('forgotten'); forgetBtn.hidden = true; }, 'button button--warning', { 'data-action': 'forget' });
    forgetBtn.hidden = !saved;
    buttons.push(button(t('save'), () => {
      if (save(app.storage, c)) { status.textContent = t('saved'); forgetBtn.hidden = false; }
    }, 'button button--secondary', { 'data-action': 'save' }), forgetBtn);
    const shareBox = h('div', { class: 'share', hidden: true });
    buttons.push(button(t('share'), () => {
      const url = `${location.origin}${location.pathname}${location.search}#case=${encodeCase(c)}`;
      const fid = uid('share');
      const input = h('input', { type: 'text', id: fid, class: 'input input--full', readonly: true, value: url, autocomplete: 'off' });
      const copy = button(t('copy'), async () => {
        try { await navigator.clipboard.writeText(url); status.textContent = t('copied'); } catch { input.select(); }
      }, 'button button--secondary', { 'data-action': 'copy' });
      shareBox.replaceChildren(h('div', { class: 'field' }, h('label', { class: 'label', for: fid }, t('share_label')), h('p', { class: 'hint' }, t('share_note')), input), copy);
      shareBox.hidden = false;
      input.focus();
      input.select();
    }, 'button button--secondary', { 'data-action': 'share' }));
    extra.push(shareBox);
  }
  buttons.push(h('a', { href: '#/check', class: 'button button--secondary', 'data-action': 'edit' }, t('edit_answers')));
  buttons.push(button(t('start_again'), () => app.reset(), 'button button--secondary', { 'data-action': 'restart' }));
  return h('section', { class: 'panel no-print', 'aria-labelledby': titleId, 'data-panel': 'actions' },
    h('h2', { class: 'panel__title', id: titleId }, t('actions_title')),
    h('div', { class: 'button-group' }, ...buttons), status, ...extra);
}

function receipt(c: Case, a: Assessment): HTMLElement {
  const l = lang();
  const cites = allCitations([...SECTIONS.map((k) => a[k]), ...shownExtensions(a).map((k) => a[k]!)]);
  return h('aside', { class: 'receipt print-only', 'aria-label': t('receipt_title') },
    h('p', { class: 'receipt__title' }, t('receipt_title')),
    h('p', null, t('receipt_printed', { date: formatDate(todayIso()) })),
    h('p', null, t('receipt_case_date', { date: formatDate(c.date), region: `${regionName(c.region, l)} ${c.region}` })),
    h('p', { 'data-receipt': 'engine' }, t('receipt_engine', { version: a.engine?.version ?? '', hash: a.engine?.rules_hash ?? '' })),
    h('p', null, t('receipt_citations'), ' ', cites.map((x) => citationLabel(x, l)).join(l === 'zh' ? '；' : '; ')));
}

export function renderResult(app: App): HTMLElement {
  if (!app.result) app.result = { case: buildCase(app.draft) };
  const res = app.result;
  if (!res.assessment && !res.error && app.engine) {
    try { res.assessment = app.engine.assess(res.case); } catch (e) { res.error = engineError(e); }
  }
  if (res.error || !res.assessment) {
    const e = res.error;
    return h('div', { class: 'page page--result' },
      heading(t('result_title')),
      h('div', { class: 'error-summary', role: 'alert' }, h('p', null, t('err_engine', { message: e ? `${e.message}${e.path ? ` (${e.path})` : ''}` : '' }))),
      h('div', { class: 'button-group' }, h('a', { href: '#/check', class: 'button button--secondary' }, t('edit_answers')), button(t('start_again'), () => app.reset())));
  }
  const a = res.assessment;
  const c = res.case;
  // the engine's full metadata (English titles, issuers) first, the assessment's own list after
  const rulesets = [...(app.engine?.rulesets().rulesets ?? []), ...rulesetList(a)];
  const traces = traceBySection(a);
  const drafts = a.ruleset.chain.some((id) => rulesets.find((r) => r.id === id)?.status === 'draft');
  const flash = res.recomputed ? notice(t('recomputed'), 'success') : null;
  res.recomputed = false;
  return h('div', { class: 'page page--result', 'data-engine-version': a.engine?.version ?? '', 'data-rules-hash': a.engine?.rules_hash ?? '' },
    heading(t('result_title')),
    flash,
    h('p', { class: 'lead' }, t('result_lead')),
    h('p', { class: 'hint' }, t('result_not_official')),
    drafts ? h('div', { class: 'notice notice--draft', 'data-draft': '' }, h('p', null, h('span', { class: 'badge' }, t('status_draft')), ' ', t('draft_banner'))) : null,
    chainPanel(app, a),
    h('div', { class: 'sections' }, ...SECTIONS.map((k) => sectionEl(a, k, traces, rulesets)),
      ...shownExtensions(a).map((k, i) => extensionEl(a, c, k, SECTIONS.length + i + 1, traces, rulesets))),
    otherFindings(a, traces, rulesets),
    warningsPanel(a),
    paramsPanel(app, c, a),
    nextStepsPanel(c, a),
    actionsPanel(app, c),
    receipt(c, a));
}
