// "Check your answers": every question asked, its answer and a link back to it (the question
// then returns here). Questions that make no difference for this situation say so.
import '../i18n-forms';
import { h } from '../dom';
import { questions, skipped } from '../flow';
import { formatDate, lang, list, t, type Key } from '../i18n';
import { regionName } from '../regions';
import { type App, backLink, heading } from './app';
import { employmentSummary, historySummary, recordSummary, rulesetLabel } from './questions';

function row(key: string, value: string, href: string | null, label: string, linkText = t('change')) {
  return h('div', { class: 'summary__row' },
    h('dt', { class: 'summary__key' }, key),
    h('dd', { class: 'summary__value' }, value),
    h('dd', { class: 'summary__actions' }, href ? h('a', { href, class: 'link' }, linkText, h('span', { class: 'visually-hidden' }, ` ${label}`)) : null));
}

export function renderCheck(app: App): HTMLElement {
  const d = app.draft;
  const c = d.c;
  const asked = questions(app.ctx());
  const l = lang();
  const rows: HTMLElement[] = [];
  const edit = (q: string) => `#/edit/${q}`;
  const ans = (q: string, v: string) => (d.answered.has(q) ? v : t('not_answered'));
  rows.push(row(t('check_region'), ans('region', c.region ? `${regionName(c.region, l)}（${c.region}）`.replace(/（(.*)）/, l === 'zh' ? '（$1）' : ' ($1)') : ''), edit('region'), t('check_region')));
  rows.push(row(t('check_date'), ans('date', formatDate(c.date)), edit('date'), t('check_date')));
  rows.push(row(t('check_ruleset'), ans('ruleset', rulesetLabel(c.ruleset)), edit('ruleset'), t('check_ruleset')));
  rows.push(row(t('check_action'), ans('action', c.action ? t(`action_${c.action}` as Key) : ''), edit('action'), t('check_action')));
  rows.push(row(t('check_event'), ans('event', c.event ? `${t(`event_${c.event.kind}` as Key)}，${formatDate(c.event.date)}`.replace('，', l === 'zh' ? '，' : ', ') : t('event_no')), edit('event'), t('check_event')));
  rows.push(row(t('check_birth'), ans('birth', formatDate(c.person?.birth_date ?? '')), edit('birth'), t('check_birth')));
  rows.push(row(t('check_records'), ans('records', d.hasRecords ? `${t('yes')}（${c.records.length}）`.replace(/（(\d+)）/, l === 'zh' ? '（$1）' : ' ($1)') : t('no')), edit(d.hasRecords ? 'records-more' : 'records'), t('check_records')));
  c.records.forEach((r, i) => {
    const label = t('q_record', { n: i + 1 });
    rows.push(row(label, recordSummary(r), edit(`record-${i}`), label));
  });
  const notNeeded = skipped(app.ctx(), asked);
  // employment and retirement is optional: when it was not asked the citizen may still add it
  if (notNeeded.includes('employment')) rows.push(row(t('check_employment'), t('check_employment_optional'), edit('employment'), t('check_employment'), t('add')));
  else rows.push(row(t('check_employment'), ans('employment', employmentSummary(c.employment)), edit('employment'), t('check_employment')));
  const opt = (q: 'document' | 'groups' | 'coverage' | 'history', key: Key, value: string) => {
    if (notNeeded.includes(q)) rows.push(row(t(key), t('not_needed'), null, t(key)));
    else rows.push(row(t(key), ans(q, value), edit(q), t(key)));
  };
  opt('document', 'check_document', c.person?.document ? t(`doc_${c.person.document}` as Key) : t('doc_resident_id_card'));
  opt('groups', 'check_groups', c.person?.groups?.length ? list(c.person.groups.map((g) => t(`group_${g}` as Key))) : t('none_selected'));
  opt('coverage', 'check_coverage', c.coverage?.years?.length ? list(c.coverage.years.map(String)) : t('none'));
  opt('history', 'check_history', historySummary(c.history));

  const missing = asked.find((q) => !d.answered.has(q));
  const go = h('button', { type: 'button', class: 'button', 'data-see-result': '' }, t('check_submit'));
  go.addEventListener('click', () => {
    if (missing) { app.editing = true; app.go(`#/edit/${missing}`); return; }
    app.result = null;
    app.go('#/result');
  });
  return h('div', { class: 'page page--check' },
    backLink(app.editing ? null : (() => { const q = asked[asked.length - 1]; return q ? `#/q/${q}` : '#/'; })()),
    heading(t('check_title')),
    h('p', { class: 'lead' }, t('check_lead')),
    h('dl', { class: 'summary' }, ...rows),
    h('div', { class: 'actions' }, go));
}
