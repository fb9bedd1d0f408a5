// Form parts, accessible by construction: every input has a visible label, groups are fieldsets
// with legends, hints and errors are tied with aria-describedby, and an error summary links to
// each field (the GOV.UK pattern). No autocomplete: a public kiosk must not remember answers.
import { h, id as uid } from '../dom';
import { t } from '../i18n';

export interface FieldError { target: string; message: string }

export interface Option { value: string; label: string; hint?: string; reveal?: Node; badge?: string }

export interface Control<T> { el: HTMLElement; get(): T; firstId: string }

function describedBy(...ids: (string | undefined)[]): string | undefined {
  const v = ids.filter(Boolean).join(' ');
  return v || undefined;
}

/** A list of radios or checkboxes: in a fieldset with its legend and hint, or bare without a legend. */
function choiceGroup(opts: { legend?: string; legendClass?: string; hint?: string }, hintId: string | undefined, list: HTMLElement): HTMLElement {
  return opts.legend !== undefined
    ? h('fieldset', { class: 'field fieldset', 'aria-describedby': describedBy(hintId) },
      h('legend', { class: opts.legendClass ?? 'fieldset__legend' }, opts.legend),
      opts.hint ? h('div', { class: 'hint', id: hintId }, opts.hint) : null,
      list)
    : h('div', { class: 'field' }, list);
}

export function radios(opts: { name: string; legend?: string; legendClass?: string; hint?: string; options: Option[]; value?: string | null; inline?: boolean }): Control<string | null> {
  const hintId = opts.hint ? uid('hint') : undefined;
  const items: HTMLInputElement[] = [];
  const list = h('div', { class: `radios${opts.inline ? ' radios--inline' : ''}` });
  for (const o of opts.options) {
    const inputId = uid(`${opts.name}`);
    const oh = o.hint ? uid('hint') : undefined;
    const input = h('input', {
      type: 'radio', class: 'radios__input', id: inputId, name: opts.name, value: o.value,
      'aria-describedby': oh, checked: opts.value === o.value,
    });
    items.push(input);
    const item = h('div', { class: 'radios__item' },
      input,
      h('label', { class: 'radios__label', for: inputId }, o.label, o.badge ? h('span', { class: 'badge' }, ' ', o.badge) : null),
      o.hint ? h('div', { class: 'radios__hint hint', id: oh }, o.hint) : null);
    list.append(item);
    if (o.reveal) {
      const box = h('div', { class: 'radios__conditional' }, o.reveal);
      box.hidden = opts.value !== o.value;
      list.append(box);
      const sync = () => { box.hidden = !input.checked; };
      (input as HTMLInputElement & { _sync?: () => void })._sync = sync;
    }
  }
  list.addEventListener('change', () => {
    for (const i of items) (i as HTMLInputElement & { _sync?: () => void })._sync?.();
  });
  const el = choiceGroup(opts, hintId, list);
  return { el, firstId: items[0]?.id ?? '', get: () => items.find((i) => i.checked)?.value ?? null };
}

export function checkboxes(opts: { name: string; legend?: string; legendClass?: string; hint?: string; options: (Option & { disabled?: boolean })[]; values: string[] }): Control<string[]> {
  const hintId = opts.hint ? uid('hint') : undefined;
  const items: HTMLInputElement[] = [];
  const list = h('div', { class: 'checkboxes' });
  for (const o of opts.options) {
    const inputId = uid(opts.name);
    const oh = o.hint ? uid('hint') : undefined;
    const input = h('input', {
      type: 'checkbox', class: 'checkboxes__input', id: inputId, name: opts.name, value: o.value,
      checked: opts.values.includes(o.value), disabled: !!o.disabled, 'aria-describedby': oh,
    });
    items.push(input);
    list.append(h('div', { class: 'checkboxes__item' },
      input,
      h('label', { class: 'checkboxes__label', for: inputId }, o.label),
      o.hint ? h('div', { class: 'checkboxes__hint hint', id: oh }, o.hint) : null));
  }
  const el = choiceGroup(opts, hintId, list);
  return { el, firstId: items[0]?.id ?? '', get: () => items.filter((i) => i.checked && !i.disabled).map((i) => i.value) };
}

export function textInput(opts: { label: string; hint?: string; value?: string; inputmode?: string; width?: number; pattern?: string; labelClass?: string; name?: string }): Control<string> {
  const inputId = uid('input');
  const hintId = opts.hint ? uid('hint') : undefined;
  const input = h('input', {
    type: 'text', id: inputId, class: `input${opts.width ? ` input--w${opts.width}` : ''}`,
    value: opts.value ?? '', inputmode: opts.inputmode, autocomplete: 'off', spellcheck: 'false',
    pattern: opts.pattern, 'aria-describedby': hintId, 'data-field': opts.name,
  });
  const el = h('div', { class: 'field' },
    h('label', { class: opts.labelClass ?? 'label', for: inputId }, opts.label),
    opts.hint ? h('div', { class: 'hint', id: hintId }, opts.hint) : null,
    input);
  return { el, firstId: inputId, get: () => input.value.trim() };
}

export function select(opts: { label: string; options: Option[]; value?: string; name?: string }): Control<string> {
  const sid = uid('select');
  const sel = h('select', { id: sid, class: 'select', 'data-field': opts.name }, ...opts.options.map((o) => h('option', { value: o.value, selected: o.value === opts.value }, o.label)));
  const el = h('div', { class: 'field field--select' }, h('label', { class: 'label', for: sid }, opts.label), sel);
  return { el, firstId: sid, get: () => sel.value };
}

export interface DateValue { iso: string | null; blank: boolean }

/** Year / month / day as three number fields (memorable dates are typed, not picked). */
export function dateInput(opts: { legend: string; legendClass?: string; hint?: string; value?: string | null; withDay?: boolean; name?: string }): Control<DateValue> {
  const withDay = opts.withDay !== false;
  const hintId = opts.hint ? uid('hint') : undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(opts.value ?? '');
  const part = (label: string, value: string, width: number, key: string) => {
    const pid = uid('date');
    const input = h('input', { type: 'text', id: pid, class: `input input--w${width}`, inputmode: 'numeric', autocomplete: 'off', value, maxlength: width === 4 ? 4 : 2, 'data-part': key });
    return { input, el: h('div', { class: 'date__item' }, h('label', { class: 'date__label', for: pid }, label), input) };
  };
  const y = part(t('year'), m ? m[1] : '', 4, 'year');
  const mo = part(t('month'), m ? String(Number(m[2])) : '', 2, 'month');
  const d = withDay ? part(t('day'), m && m[3] ? String(Number(m[3])) : '', 2, 'day') : null;
  const el = h('fieldset', { class: 'field fieldset', 'aria-describedby': hintId, 'data-date': opts.name },
    h('legend', { class: opts.legendClass ?? 'fieldset__legend' }, opts.legend),
    opts.hint ? h('div', { class: 'hint', id: hintId }, opts.hint) : null,
    h('div', { class: 'date' }, y.el, mo.el, d?.el ?? null));
  const get = (): DateValue => {
    const ys = y.input.value.trim();
    const ms = mo.input.value.trim();
    const ds = d ? d.input.value.trim() : '1';
    if (!ys && !ms && (!d || !ds)) return { iso: null, blank: true };
    if (!/^\d{4}$/.test(ys) || !/^\d{1,2}$/.test(ms) || !/^\d{1,2}$/.test(ds)) return { iso: null, blank: false };
    const yy = Number(ys); const mm = Number(ms); const dd = Number(ds);
    const dt = new Date(Date.UTC(yy, mm - 1, dd));
    if (yy < 1900 || yy > 2100 || mm < 1 || mm > 12 || dd < 1 || dt.getUTCMonth() !== mm - 1) return { iso: null, blank: false };
    const iso = `${ys}-${String(mm).padStart(2, '0')}${d ? `-${String(dd).padStart(2, '0')}` : ''}`;
    return { iso, blank: false };
  };
  return { el, firstId: y.input.id, get };
}

export function button(label: string, onClick: (e: Event) => void, cls = 'button button--secondary', attrs: Record<string, string> = {}): HTMLButtonElement {
  return h('button', { type: 'button', class: cls, onclick: onClick as EventListener, ...attrs }, label);
}

/** Show errors: a summary at the top (focused) and a message at each field. */
export function showErrors(form: HTMLElement, summary: HTMLElement, errors: FieldError[]): void {
  form.querySelectorAll('.error-message').forEach((e) => e.remove());
  form.querySelectorAll('.field--error').forEach((e) => e.classList.remove('field--error'));
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  while (summary.firstChild) summary.removeChild(summary.firstChild);
  if (!errors.length) { summary.hidden = true; return; }
  const titleId = uid('err');
  summary.append(
    h('h2', { class: 'error-summary__title', id: titleId }, t('error_summary_title')),
    h('ul', { class: 'error-summary__list' }, ...errors.map((e) => h('li', null, h('a', {
      href: `#${e.target}`,
      onclick: ((ev: Event) => { ev.preventDefault(); document.getElementById(e.target)?.focus(); }) as EventListener,
    }, e.message)))));
  summary.setAttribute('aria-labelledby', titleId);
  summary.hidden = false;
  for (const e of errors) {
    const target = document.getElementById(e.target);
    const field = target?.closest('.field');
    if (!target || !field) continue;
    const mid = uid('error');
    field.classList.add('field--error');
    const msg = h('p', { class: 'error-message', id: mid }, h('span', { class: 'visually-hidden' }, `${t('error_summary_title')}: `), e.message);
    const anchor = field.querySelector(':scope > legend, :scope > label');
    const hint = field.querySelector(':scope > .hint');
    (hint ?? anchor)?.after(msg);
    if (!hint && !anchor) field.prepend(msg);
    const describe = field.tagName === 'FIELDSET' ? field : target;
    describe.setAttribute('aria-describedby', [describe.getAttribute('aria-describedby'), mid].filter(Boolean).join(' '));
    field.querySelectorAll('input, select').forEach((i) => {
      if ((i as HTMLInputElement).type !== 'radio' && (i as HTMLInputElement).type !== 'checkbox') i.setAttribute('aria-invalid', 'true');
    });
  }
  summary.focus();
}
