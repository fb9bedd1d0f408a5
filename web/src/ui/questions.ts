// One question per page. Each page reads the draft, shows the fields its situation needs,
// validates, writes the answer into the draft (in the contract's own shape) and moves on.
import '../i18n-forms';
import { h, id as uid } from '../dom';
import { removeRecord, todayIso, yearOf, monthRange, firstRun, monthsAreRanges } from '../draft';
import { coverageYears, historyYears, nextAfter, previousBefore, recordFields, relevantGroups } from '../flow';
import { readMonths } from '../inputs';
import { formatDate, formatMonth, lang, t, type Key } from '../i18n';
import { REGIONS, regionName, validRegionCode } from '../regions';
import { rulesetShort } from '../citations';
import type { Action, CaseRecord, DocumentKind, Employment, EventKind, Group, Scheme, Sex, Status } from '../types';
import { ACTIONS, DOCUMENTS, EVENT_KINDS, STATUSES } from '../types';
import { type App, backLink, heading } from './app';
import { button, checkboxes, dateInput, type FieldError, radios, select, showErrors, textInput } from './components';

interface Spec {
  title: string;
  caption?: string;
  hint?: string;
  /** the question is one fieldset whose legend is the page heading */
  fields: HTMLElement[];
  submit(): FieldError[];
  /** after a valid submit: where to go (default: the next question) */
  next?: () => string;
  extra?: HTMLElement[];
}

const ask = (k: Key) => t(k);

function route(app: App, qid: string): string {
  if (qid === 'check') return '#/check';
  return `#/${app.editing ? 'edit' : 'q'}/${qid}`;
}

function page(app: App, qid: string, spec: Spec): HTMLElement {
  const prev = app.editing ? '#/check' : (() => { const p = previousBefore(app.ctx(), qid); return p ? route(app, p) : '#/'; })();
  const summary = h('div', { class: 'error-summary', tabindex: '-1', role: 'alert', hidden: true });
  const hintId = spec.hint ? uid('hint') : undefined;
  if (hintId) {
    // the page hint describes the question's (first) group of fields
    const first = spec.fields[0];
    const target = first?.tagName === 'FIELDSET' ? first : first?.querySelector('fieldset, input, select');
    if (target) target.setAttribute('aria-describedby', [hintId, target.getAttribute('aria-describedby')].filter(Boolean).join(' '));
  }
  const form = h('form', { class: 'question', novalidate: true, 'data-question': qid },
    summary,
    spec.caption ? h('p', { class: 'caption' }, spec.caption) : null,
    heading(spec.title),
    spec.hint ? h('p', { class: 'hint lead-hint', id: hintId }, spec.hint) : null,
    ...spec.fields,
    ...(spec.extra ?? []),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', 'data-continue': '' }, t('continue'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const errors = spec.submit();
    showErrors(form, summary, errors);
    if (errors.length) return;
    app.draft.answered.add(qid);
    const dest = spec.next ? spec.next() : nextAfter(app.ctx(), qid, app.editing);
    app.go(dest === 'check' ? '#/check' : route(app, dest));
  });
  return h('div', { class: 'page page--question' }, backLink(prev), form);
}

function regionControl(name: string, value: string | undefined, legend?: string, hint?: string, legendClass?: string) {
  const known = REGIONS.some((r) => r.code === value);
  const code = textInput({ label: t('region_code'), hint: t('region_code_hint'), value: !known && value ? value : '', inputmode: 'numeric', width: 10, name: `${name}-code` });
  const r = radios({
    name, legend, hint, legendClass,
    options: [
      ...REGIONS.map((x) => ({ value: x.code, label: `${lang() === 'zh' ? x.zh : x.en}（${x.code}）`.replace('（', lang() === 'zh' ? '（' : ' (').replace('）', lang() === 'zh' ? '）' : ')') })),
      { value: 'other', label: t('region_other'), reveal: code.el },
    ],
    value: value ? (known ? value : 'other') : null,
  });
  return {
    el: r.el,
    read(errors: FieldError[]): string | null {
      const v = r.get();
      if (!v) { errors.push({ target: r.firstId, message: t('err_choose') }); return null; }
      if (v !== 'other') return v;
      const c = code.get();
      if (!validRegionCode(c)) { errors.push({ target: code.firstId, message: t('err_region_code') }); return null; }
      return c;
    },
  };
}

function qRegion(app: App): Spec {
  const ctl = regionControl('region', app.draft.c.region, ask('q_region'), undefined, 'visually-hidden');
  return {
    title: ask('q_region'), hint: ask('q_region_hint'), fields: [ctl.el],
    submit() {
      const errors: FieldError[] = [];
      const v = ctl.read(errors);
      if (v) {
        if (v !== app.draft.c.region && app.draft.c.ruleset) { app.draft.c.ruleset = undefined; }
        app.draft.c.region = v;
      }
      return errors;
    },
  };
}

function qDate(app: App): Spec {
  const d = dateInput({ legend: ask('q_date'), legendClass: 'visually-hidden', hint: t('q_date_hint', { example: formatDate(todayIso()) }), value: app.draft.c.date ?? todayIso(), name: 'date' });
  return {
    title: ask('q_date'), fields: [d.el],
    submit() {
      const v = d.get();
      if (!v.iso) return [{ target: d.firstId, message: t(v.blank ? 'err_required' : 'err_date') }];
      app.draft.c.date = v.iso;
      return [];
    },
  };
}

function qRuleset(app: App): Spec {
  const info = app.engine?.rulesets().rulesets ?? [];
  const region = app.draft.c.region ?? '000000';
  const prov = region.slice(0, 2);
  const fit = info.filter((r) => !r.region || r.region === '000000' || r.region === region || (r.region.endsWith('0000') && r.region.slice(0, 2) === prov));
  const l = lang();
  const eff = (r: (typeof info)[number]) => r.effective_from
    ? (r.effective_to ? t('effective_from_to', { from: formatDate(r.effective_from), to: formatDate(r.effective_to) }) : t('effective_from', { from: formatDate(r.effective_from) }))
    : t('effective_unknown');
  const ctl = radios({
    name: 'ruleset', legend: ask('q_ruleset'), legendClass: 'visually-hidden',
    options: [
      { value: '', label: t('ruleset_default') },
      ...fit.map((r) => ({
        value: r.id,
        label: `${l === 'zh' ? r.title : (r.title_en ?? r.title)}`,
        badge: r.status === 'draft' ? t('status_draft') : undefined,
        hint: `${r.document_number ? `${r.document_number} · ` : ''}${eff(r)} · ${t('ruleset_explicit_note')}`,
      })),
    ],
    value: app.draft.c.ruleset ?? '',
  });
  return {
    title: ask('q_ruleset'), hint: ask('q_ruleset_hint'), fields: [ctl.el],
    submit() {
      const v = ctl.get();
      if (v === null) return [{ target: ctl.firstId, message: t('err_choose') }];
      app.draft.c.ruleset = v || undefined;
      return [];
    },
  };
}

function qAction(app: App): Spec {
  const ctl = radios({ name: 'action', legend: ask('q_action'), legendClass: 'visually-hidden', options: ACTIONS.map((a) => ({ value: a, label: t(`action_${a}` as Key) })), value: app.draft.c.action });
  return {
    title: ask('q_action'), fields: [ctl.el],
    submit() {
      const v = ctl.get() as Action | null;
      if (!v) return [{ target: ctl.firstId, message: t('err_choose') }];
      app.draft.c.action = v;
      if (v === 'none' && app.draft.c.event === null) app.draft.answered.delete('event');
      return [];
    },
  };
}

function qEvent(app: App): Spec {
  const required = app.draft.c.action === 'none';
  const ev = app.draft.c.event;
  const date = dateInput({ legend: t('q_event_date'), legendClass: 'fieldset__legend fieldset__legend--s', value: ev?.date ?? app.draft.c.date, name: 'event-date' });
  const opts = [
    ...(required ? [] : [{ value: 'no', label: t('event_no') }]),
    ...EVENT_KINDS.map((k) => ({ value: k, label: t(`event_${k}` as Key) })),
  ];
  const ctl = radios({ name: 'event', legend: required ? ask('q_event_required') : ask('q_event'), legendClass: 'visually-hidden', options: opts, value: ev ? ev.kind : (ev === null && !required ? 'no' : null) });
  const dateBox = h('div', { class: 'reveal-below' }, date.el);
  const sync = () => { const v = ctl.get(); dateBox.hidden = !v || v === 'no'; };
  ctl.el.addEventListener('change', sync);
  sync();
  return {
    title: required ? ask('q_event_required') : ask('q_event'), hint: ask('q_event_hint'), fields: [ctl.el, dateBox],
    submit() {
      const v = ctl.get();
      if (!v) return [{ target: ctl.firstId, message: t('err_choose') }];
      if (v === 'no') { app.draft.c.event = null; return []; }
      const d = date.get();
      if (!d.iso) return [{ target: date.firstId, message: t(d.blank ? 'err_required' : 'err_date') }];
      app.draft.c.event = { kind: v as EventKind, date: d.iso, record: app.draft.c.event?.record ?? 0 };
      return [];
    },
  };
}

function qBirth(app: App): Spec {
  const d = dateInput({ legend: ask('q_birth'), legendClass: 'visually-hidden', hint: ask('q_birth_hint'), value: app.draft.c.person?.birth_date ?? '', name: 'birth' });
  return {
    title: ask('q_birth'), fields: [d.el],
    submit() {
      const v = d.get();
      if (!v.iso) return [{ target: d.firstId, message: t(v.blank ? 'err_required' : 'err_date') }];
      if (app.draft.c.date && v.iso > app.draft.c.date) return [{ target: d.firstId, message: t('err_birth_after') }];
      app.draft.c.person = { ...(app.draft.c.person ?? {}), birth_date: v.iso };
      return [];
    },
  };
}

function qRecords(app: App): Spec {
  const ctl = radios({ name: 'has-records', legend: ask('q_records'), legendClass: 'visually-hidden', inline: true, options: [{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }], value: app.draft.hasRecords === undefined ? null : (app.draft.hasRecords ? 'yes' : 'no') });
  return {
    title: ask('q_records'), hint: ask('q_records_hint'), fields: [ctl.el],
    submit() {
      const v = ctl.get();
      if (!v) return [{ target: ctl.firstId, message: t('err_choose') }];
      if (v === 'no' && app.draft.c.event) return [{ target: ctl.firstId, message: t('records_need_one') }];
      app.draft.hasRecords = v === 'yes';
      if (app.draft.hasRecords && !app.draft.c.records.length) app.draft.c.records.push({ scheme: 'resident', region: '' } as CaseRecord);
      if (!app.draft.hasRecords) { while (app.draft.c.records.length) removeRecord(app.draft, 0); app.draft.hasRecords = false; }
      return [];
    },
  };
}

function recordCaption(i: number) { return t('q_record', { n: i + 1 }); }

function qRecord(app: App, i: number): Spec {
  const r = app.draft.c.records[i] ?? ({ scheme: 'resident', region: '' } as CaseRecord);
  const fresh = !app.draft.answered.has(`record-${i}`);
  const scheme = radios({ name: `scheme-${i}`, legend: t('q_record_scheme'), options: (['resident', 'employee'] as Scheme[]).map((s) => ({ value: s, label: t(`scheme_${s}` as Key) })), value: fresh ? null : r.scheme });
  const region = regionControl(`rregion-${i}`, r.region || undefined, t('q_record_region'), t('q_region_hint'));
  const status = radios({ name: `status-${i}`, legend: t('q_record_status'), options: STATUSES.map((s) => ({ value: s, label: t(`status_${s}` as Key) })), value: fresh ? null : (r.status ?? 'normal') });
  return {
    caption: recordCaption(i), title: t('q_record', { n: i + 1 }), fields: [scheme.el, region.el, status.el],
    submit() {
      const errors: FieldError[] = [];
      const s = scheme.get() as Scheme | null;
      if (!s) errors.push({ target: scheme.firstId, message: t('err_choose') });
      const reg = region.read(errors);
      const st = status.get() as Status | null;
      if (!st) errors.push({ target: status.firstId, message: t('err_choose') });
      if (errors.length) return errors;
      const rec: CaseRecord = { ...r, scheme: s!, region: reg!, status: st! };
      if (s === 'resident') { delete rec.months; delete rec.flexible; rec.years = r.scheme === 'resident' ? (r.years ?? {}) : {}; }
      else { delete rec.years; rec.months = r.scheme === 'employee' ? (r.months ?? {}) : {}; }
      if (r.scheme !== s) app.draft.answered.delete(`record-${i}-details`);
      app.draft.c.records[i] = rec;
      return [];
    },
  };
}

function yesNo(name: string, legend: string, value: boolean | undefined, hint?: string) {
  const c = radios({ name, legend, hint, inline: true, options: [{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }], value: value === undefined ? null : value ? 'yes' : 'no' });
  return { el: c.el, firstId: c.firstId, get: () => (c.get() === null ? undefined : c.get() === 'yes') };
}

function qRecordDetails(app: App, i: number): Spec {
  const r = app.draft.c.records[i];
  const fields = recordFields(app.draft, i, app.assess);
  const els: HTMLElement[] = [];
  const readers: ((rec: CaseRecord, errors: FieldError[]) => void)[] = [];
  const y = yearOf(app.draft.c.date);
  if (fields.includes('years')) {
    const years: number[] = [];
    for (let k = y - 5; k <= y + 1; k++) years.push(k);
    for (const k of Object.keys(r.years ?? {})) if (!years.includes(Number(k))) years.push(Number(k));
    years.sort();
    const sels = years.map((yr) => ({ yr, c: select({ name: `year-${yr}`, label: lang() === 'zh' ? `${yr}年度` : String(yr), value: r.years?.[yr] ?? '', options: [{ value: '', label: t('year_none') }, { value: 'paid', label: t('pay_paid') }, { value: 'due', label: t('pay_due') }] }) }));
    const hintId = uid('hint');
    els.push(h('fieldset', { class: 'field fieldset', 'aria-describedby': hintId },
      h('legend', { class: 'fieldset__legend' }, t('q_record_years')),
      h('div', { class: 'hint', id: hintId }, t('q_record_years_hint')),
      h('div', { class: 'year-grid' }, ...sels.map((s) => s.c.el))));
    readers.push((rec) => {
      const out: Record<string, 'paid' | 'due'> = {};
      for (const s of sels) { const v = s.c.get(); if (v === 'paid' || v === 'due') out[String(s.yr)] = v; }
      rec.years = out;
    });
  }
  if (fields.includes('months')) {
    const months = r.months ?? {};
    const paid = firstRun(months, 'paid');
    const due = firstRun(months, 'due');
    const irregular = !monthsAreRanges(months);
    const pf = dateInput({ legend: t('months_paid_from'), legendClass: 'fieldset__legend fieldset__legend--s', value: paid?.[0], withDay: false, name: 'paid-from' });
    const pt = dateInput({ legend: t('months_paid_to'), legendClass: 'fieldset__legend fieldset__legend--s', value: paid?.[1], withDay: false, name: 'paid-to' });
    const df = dateInput({ legend: t('months_due_from'), legendClass: 'fieldset__legend fieldset__legend--s', value: due?.[0], withDay: false, name: 'due-from' });
    const dt = dateInput({ legend: t('months_due_to'), legendClass: 'fieldset__legend fieldset__legend--s', value: due?.[1], withDay: false, name: 'due-to' });
    const hintId = uid('hint');
    const snapshot = JSON.stringify([paid, due]);
    els.push(h('fieldset', { class: 'field fieldset', 'aria-describedby': hintId },
      h('legend', { class: 'fieldset__legend' }, t('q_record_months')),
      h('div', { class: 'hint', id: hintId }, t('q_record_months_hint')),
      irregular ? h('p', { class: 'hint' }, t('months_imported', { n: Object.keys(months).length })) : null,
      h('div', { class: 'month-ranges' }, h('div', { class: 'month-range' }, pf.el, pt.el), h('div', { class: 'month-range' }, df.el, dt.el))));
    readers.push((rec, errors) => {
      const vals = [pf, pt, df, dt].map((c) => c.get());
      vals.forEach((v, k) => { if (!v.blank && !v.iso) errors.push({ target: [pf, pt, df, dt][k].firstId, message: t('err_month') }); });
      if (errors.length) return;
      const cur = JSON.stringify([vals[0].iso && [vals[0].iso, vals[1].iso ?? vals[0].iso], vals[2].iso && [vals[2].iso, vals[3].iso ?? vals[2].iso]].map((x) => x || null));
      if (irregular && cur === snapshot) return;  // untouched imported months stay as they were
      const out: Record<string, 'paid' | 'due'> = {};
      if (vals[0].iso) for (const m of monthRange(vals[0].iso, vals[1].iso ?? vals[0].iso)) out[m] = 'paid';
      if (vals[2].iso) for (const m of monthRange(vals[2].iso, vals[3].iso ?? vals[2].iso)) out[m] = 'due';
      rec.months = out;
    });
  }
  const bools: [('flexible' | 'benefits_used' | 'subsidized' | 'lump_sum'), Key][] = [
    ['flexible', 'q_record_flexible'], ['benefits_used', 'q_record_benefits_used'], ['subsidized', 'q_record_subsidized'], ['lump_sum', 'q_record_lump_sum'],
  ];
  for (const [f, key] of bools) {
    if (!fields.includes(f)) continue;
    const c = yesNo(`${f}-${i}`, t(key), r[f] as boolean | undefined);
    els.push(c.el);
    readers.push((rec, errors) => {
      const v = c.get();
      if (v === undefined) errors.push({ target: c.firstId, message: t('err_choose') });
      else rec[f] = v;
    });
  }
  if (fields.includes('paid_cny')) {
    const c = textInput({ label: `${t('q_record_paid')} ${t('optional')}`, hint: t('q_record_paid_hint'), value: typeof r.paid_cny === 'number' ? String(r.paid_cny) : '', inputmode: 'decimal', width: 10, name: 'paid_cny' });
    els.push(c.el);
    readers.push((rec, errors) => {
      const v = c.get().replace(/[,，\s元¥]/g, '');
      if (!v) { delete rec.paid_cny; return; }
      if (!/^\d{1,9}(\.\d{1,2})?$/.test(v)) { errors.push({ target: c.firstId, message: t('err_amount') }); return; }
      rec.paid_cny = Number(v);
    });
  }
  return {
    caption: recordCaption(i), title: t('q_record_details', { n: i + 1 }), fields: els,
    submit() {
      const errors: FieldError[] = [];
      const rec: CaseRecord = { ...r };
      for (const read of readers) read(rec, errors);
      if (!errors.length) app.draft.c.records[i] = rec;
      return errors;
    },
  };
}

export function recordSummary(r: CaseRecord): string {
  const base = t('record_summary', { scheme: t(`scheme_${r.scheme}` as Key), region: regionName(r.region, lang()), status: t(`status_${r.status ?? 'normal'}` as Key) });
  const ys = Object.entries(r.years ?? {}).sort().map(([y, v]) => `${lang() === 'zh' ? `${y}年` : y} ${t(v === 'paid' ? 'pay_paid' : 'pay_due')}`);
  const paid = firstRun(r.months, 'paid');
  const ms = paid ? [`${t('pay_paid')} ${formatMonth(paid[0])}–${formatMonth(paid[1])}`] : [];
  const more = [...ys, ...ms];
  return more.length ? `${base}；${more.join(t('and'))}`.replace('；', lang() === 'zh' ? '；' : '; ') : base;
}

function qRecordsMore(app: App): Spec {
  const recs = app.draft.c.records;
  const list = h('ul', { class: 'record-list' }, ...recs.map((r, i) => h('li', { class: 'record-list__item' },
    h('span', { class: 'record-list__text' }, h('strong', null, `${recordCaption(i)}：`.replace('：', lang() === 'zh' ? '：' : ': ')), recordSummary(r)),
    h('span', { class: 'record-list__actions' },
      h('a', { href: route(app, `record-${i}`), class: 'link' }, t('change'), h('span', { class: 'visually-hidden' }, ` ${recordCaption(i)}`)),
      button(t('remove'), () => {
        removeRecord(app.draft, i);
        if (!app.draft.c.records.length) { app.draft.answered.delete('records'); app.go(route(app, 'records')); } else app.rerender();
      }, 'link-button', { 'aria-label': `${t('remove')} ${recordCaption(i)}` })))));
  const more = radios({ name: 'more', legend: t('records_more_q'), inline: true, options: [{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }], value: null });
  const ev = app.draft.c.event;
  const which = ev && recs.length > 1 ? radios({
    name: 'event-record', legend: t('q_event_record', { event: t(`event_${ev.kind}` as Key) }),
    options: recs.map((r, i) => ({ value: String(i), label: `${recordCaption(i)}: ${recordSummary(r)}` })), value: String(ev.record ?? 0),
  }) : null;
  let addAnother = false;
  return {
    title: t('records_more_title'),
    fields: [recs.length ? list : h('p', null, t('records_none_yet')), ...(which ? [which.el] : []), more.el],
    submit() {
      const errors: FieldError[] = [];
      const m = more.get();
      if (!m) errors.push({ target: more.firstId, message: t('err_choose') });
      if (which) {
        const w = which.get();
        if (w === null) errors.push({ target: which.firstId, message: t('err_choose') });
        else app.draft.c.event!.record = Number(w);
      } else if (ev) ev.record = 0;
      addAnother = m === 'yes';
      return errors;
    },
    next() {
      if (addAnother) {
        app.draft.c.records.push({ scheme: 'resident', region: '' } as CaseRecord);
        return `record-${app.draft.c.records.length - 1}`;
      }
      return nextAfter(app.ctx(), 'records-more', app.editing);
    },
  };
}

function qDocument(app: App): Spec {
  const ctl = radios({ name: 'document', legend: ask('q_document'), legendClass: 'visually-hidden', options: DOCUMENTS.map((d) => ({ value: d, label: t(`doc_${d}` as Key) })), value: app.draft.c.person?.document ?? null });
  return {
    title: ask('q_document'), fields: [ctl.el],
    submit() {
      const v = ctl.get() as DocumentKind | null;
      if (!v) return [{ target: ctl.firstId, message: t('err_choose') }];
      app.draft.c.person = { ...(app.draft.c.person ?? {}), document: v };
      return [];
    },
  };
}

function qGroups(app: App): Spec {
  const groups = relevantGroups(app.draft, app.assess);
  const ctl = checkboxes({ name: 'groups', legend: ask('q_groups'), legendClass: 'visually-hidden', options: groups.map((g) => ({ value: g, label: t(`group_${g}` as Key) })), values: app.draft.c.person?.groups ?? [] });
  return {
    title: ask('q_groups'), hint: ask('q_groups_hint'), fields: [ctl.el],
    submit() {
      const chosen = ctl.get() as Group[];
      const others = (app.draft.c.person?.groups ?? []).filter((g) => !groups.includes(g));
      app.draft.c.person = { ...(app.draft.c.person ?? {}), groups: [...others, ...chosen] };
      return [];
    },
  };
}

function qCoverage(app: App): Spec {
  const years = coverageYears(app.draft);
  const fromRecords = new Set<number>();
  for (const r of app.draft.c.records) {
    for (const [y, v] of Object.entries(r.years ?? {})) if (v === 'paid') fromRecords.add(Number(y));
    for (const [m, v] of Object.entries(r.months ?? {})) if (v === 'paid') fromRecords.add(Number(m.slice(0, 4)));
  }
  const current = app.draft.c.coverage?.years ?? [];
  const ctl = checkboxes({
    name: 'coverage', legend: ask('q_coverage'), legendClass: 'visually-hidden',
    options: years.map((y) => ({ value: String(y), label: lang() === 'zh' ? `${y}年` : String(y), disabled: fromRecords.has(y), hint: fromRecords.has(y) ? (lang() === 'zh' ? '（参保记录中已缴）' : '(paid in a record above)') : undefined })),
    values: [...current.map(String), ...[...fromRecords].map(String)],
  });
  return {
    title: ask('q_coverage'), hint: ask('q_coverage_hint'), fields: [ctl.el],
    submit() {
      const chosen = ctl.get().map(Number);
      const outside = current.filter((y) => !years.includes(y));
      app.draft.c.coverage = { ...(app.draft.c.coverage ?? {}), years: [...outside, ...chosen].sort((a, b) => a - b) };
      return [];
    },
  };
}

/** Employment and retirement (optional): the facts the retirement check needs. */
function qEmployment(app: App): Spec {
  const e: Employment = app.draft.c.employment ?? {};
  const given = !!app.draft.c.employment?.retirement_date;
  const sex = radios({ name: 'sex', legend: t('q_emp_sex'), hint: t('q_emp_sex_hint'), inline: true, options: (['male', 'female'] as Sex[]).map((x) => ({ value: x, label: t(`sex_${x}` as Key) })), value: e.sex ?? null });
  const date = dateInput({ legend: t('q_emp_retirement_date'), hint: t('q_emp_retirement_date_hint'), value: e.retirement_date ?? '', name: 'retirement-date' });
  const num = (key: 'deemed_months' | 'other_months', label: Key, hint: Key) => textInput({ label: `${t(label)} ${t('optional')}`, hint: t(hint), value: typeof e[key] === 'number' ? String(e[key]) : '', inputmode: 'numeric', width: 5, name: key });
  const deemed = num('deemed_months', 'q_emp_deemed', 'q_emp_deemed_hint');
  const other = num('other_months', 'q_emp_other', 'q_emp_other_hint');
  const box = h('div', { class: 'employment-fields' }, sex.el, date.el, deemed.el, other.el);
  const ctl = radios({
    name: 'check-retirement', legend: t('q_employment'), legendClass: 'visually-hidden',
    options: [{ value: 'yes', label: t('emp_check_yes'), reveal: box }, { value: 'no', label: t('emp_check_no') }],
    value: app.draft.answered.has('employment') || app.draft.c.employment ? (given ? 'yes' : 'no') : null,
  });
  return {
    title: t('q_employment'), hint: t('q_employment_hint'), fields: [ctl.el],
    submit() {
      const v = ctl.get();
      app.draft.employmentOpened = true;
      if (!v) return [{ target: ctl.firstId, message: t('err_choose') }];
      if (v === 'no') {
        // facts the portal does not ask (e.g. local_months from a link) are kept
        const rest = { ...e };
        for (const k of ['sex', 'retirement_date', 'deemed_months', 'other_months']) delete rest[k];
        app.draft.c.employment = Object.keys(rest).length ? rest : undefined;
        return [];
      }
      const errors: FieldError[] = [];
      const sx = sex.get() as Sex | null;
      if (!sx) errors.push({ target: sex.firstId, message: t('err_choose') });
      const d = date.get();
      if (!d.iso || Number(d.iso.slice(0, 4)) < 1950) errors.push({ target: date.firstId, message: t(d.blank ? 'err_required' : 'err_date') });
      const out: Employment = { ...e, sex: sx ?? undefined, retirement_date: d.iso ?? undefined };
      for (const [ctlN, key] of [[deemed, 'deemed_months'], [other, 'other_months']] as const) {
        const n = readMonths(ctlN.get());
        if (n === undefined) errors.push({ target: ctlN.firstId, message: t('err_months_count') });
        else if (n === null) delete out[key];
        else out[key] = n;
      }
      if (errors.length) return errors;
      app.draft.c.employment = out;
      return [];
    },
  };
}

/** Claims history (asked only where the incentives read it). */
function qHistory(app: App): Spec {
  const years = historyYears(app.draft);
  const hist = app.draft.c.history;
  const yearLabel = (y: number) => (lang() === 'zh' ? `${y}年` : String(y));
  const zero = checkboxes({ name: 'zero-claim', legend: t('q_hist_zero'), hint: t('q_hist_zero_hint'), options: years.map((y) => ({ value: String(y), label: yearLabel(y) })), values: (hist?.zero_claim_years ?? []).map(String) });
  const bonus = checkboxes({ name: 'bonus-used', legend: t('q_hist_bonus'), hint: t('q_hist_bonus_hint'), options: years.map((y) => ({ value: String(y), label: yearLabel(y) })), values: (hist?.bonus_used_years ?? []).map(String) });
  const box = h('div', { class: 'history-fields' }, zero.el, bonus.el);
  const ctl = radios({
    name: 'knows-history', legend: t('q_history'), legendClass: 'visually-hidden',
    options: [{ value: 'yes', label: t('hist_known'), reveal: box }, { value: 'no', label: t('hist_unknown') }],
    value: hist ? 'yes' : (app.draft.answered.has('history') ? 'no' : null),
  });
  return {
    title: t('q_history'), hint: t('q_history_hint'), fields: [ctl.el],
    submit() {
      const v = ctl.get();
      if (!v) return [{ target: ctl.firstId, message: t('err_choose') }];
      if (v === 'no') { app.draft.c.history = undefined; return []; }
      // years outside the offered range (from a link) are kept
      const keep = (list: number[] | undefined) => (list ?? []).filter((y) => !years.includes(y));
      // zero_claim_years is always sent (an empty list is an answer: claims every year)
      const next = { ...(hist ?? {}), zero_claim_years: [...keep(hist?.zero_claim_years), ...zero.get().map(Number)].sort((a, b) => a - b) };
      const used = [...keep(hist?.bonus_used_years), ...bonus.get().map(Number)].sort((a, b) => a - b);
      if (used.length) next.bonus_used_years = used; else delete next.bonus_used_years;
      app.draft.c.history = next;
      return [];
    },
  };
}

/** The employment answer in one line (check page). */
export function employmentSummary(e: Employment | null | undefined): string {
  if (!e?.retirement_date) return t('emp_check_no');
  const l = lang();
  const parts = [
    e.sex ? t(`sex_${e.sex}` as Key) : '',
    t('emp_summary_date', { date: formatDate(e.retirement_date) }),
    typeof e.deemed_months === 'number' ? t('emp_summary_deemed', { n: e.deemed_months }) : '',
    typeof e.other_months === 'number' ? t('emp_summary_other', { n: e.other_months }) : '',
  ].filter(Boolean);
  return parts.join(l === 'zh' ? '；' : '; ');
}

export function historySummary(hs: { zero_claim_years?: number[]; bonus_used_years?: number[] } | null | undefined): string {
  if (!hs) return t('hist_unknown');
  const z = hs.zero_claim_years ?? [];
  const b = hs.bonus_used_years ?? [];
  const l = lang();
  return [
    t('hist_summary_zero', { years: z.length ? z.join(t('and')) : t('none') }),
    b.length ? t('hist_summary_bonus', { years: b.join(t('and')) }) : '',
  ].filter(Boolean).join(l === 'zh' ? '；' : '; ');
}

export function renderQuestion(app: App, qid: string): HTMLElement | null {
  const m = /^record-(\d+)(-details)?$/.exec(qid);
  let spec: Spec | null = null;
  if (m) {
    const i = Number(m[1]);
    if (!app.draft.c.records[i]) return null;
    spec = m[2] ? qRecordDetails(app, i) : qRecord(app, i);
  } else {
    const table: Record<string, (a: App) => Spec> = {
      region: qRegion, date: qDate, ruleset: qRuleset, action: qAction, event: qEvent, birth: qBirth,
      records: qRecords, 'records-more': qRecordsMore, document: qDocument, groups: qGroups, coverage: qCoverage,
      employment: qEmployment, history: qHistory,
    };
    spec = table[qid]?.(app) ?? null;
  }
  if (!spec) return null;
  return page(app, qid, spec);
}

export function rulesetLabel(id: string | null | undefined): string {
  return id ? rulesetShort(id, lang()) : t('ruleset_default');
}
