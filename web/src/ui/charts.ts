// Two small pictures, each with a text alternative: the waiting period as a timeline, and the
// repair options as cost against months saved. Plain SVG attributes (no inline styles: CSP).
import { h, id as uid, s } from '../dom';
import { formatDate, formatMoney, t, type Lang } from '../i18n';
import { repairPoints, waitParts } from '../summaries';
import type { Assessment } from '../types';

export function timeline(a: Assessment, l: Lang): HTMLElement | null {
  const w = a.waiting_period;
  if (w.outcome !== 'applies' || !w.counted_from || !w.benefit_start) return null;
  const days = typeof w.total_days === 'number';
  const fixed = (days ? w.fixed_days : w.fixed_months) ?? 0;
  const variable = (days ? w.variable_days : w.variable_months) ?? 0;
  const total = fixed + variable || 1;
  const titleId = uid('tl-title');
  const descId = uid('tl-desc');
  // drawn for a phone width (360 units ≈ 360 px); it scales down, never far up (CSS max-width)
  const W = 360; const x0 = 8; const x1 = 352; const y = 50; const bar = 30;
  const fx = x0 + ((x1 - x0) * fixed) / total;
  const unit = (n: number) => t(days ? 'days_n' : 'months_n', { n }, l);
  const desc = t('timeline_desc', { from: formatDate(w.counted_from, l), parts: waitParts(w, l), start: formatDate(w.benefit_start, l) }, l);
  const segLabel = (name: string, n: number, width: number) => (width > 110 ? `${name} ${unit(n)}` : unit(n));
  const svg = s('svg', { class: 'timeline', viewBox: `0 0 ${W} 120`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, focusable: 'false' },
    s('title', { id: titleId }, t('timeline_title', undefined, l)),
    s('desc', { id: descId }, desc),
    fixed > 0 ? s('rect', { class: 'tl-fixed', x: x0, y, width: fx - x0, height: bar }) : null,
    variable > 0 ? s('rect', { class: 'tl-variable', x: fx, y, width: x1 - fx, height: bar }) : null,
    fixed > 0 ? s('text', { class: 'tl-seg', x: (x0 + fx) / 2, y: y + 20, 'text-anchor': 'middle' }, segLabel(t('timeline_fixed', undefined, l), fixed, fx - x0)) : null,
    variable > 0 ? s('text', { class: 'tl-seg tl-seg--dark', x: (fx + x1) / 2, y: y + 20, 'text-anchor': 'middle' }, segLabel(t('timeline_variable', undefined, l), variable, x1 - fx)) : null,
    s('line', { class: 'tl-mark', x1: x0, y1: 8, x2: x0, y2: y + bar + 6 }),
    s('line', { class: 'tl-mark', x1: x1, y1: 26, x2: x1, y2: y + bar + 6 }),
    s('text', { class: 'tl-label', x: x0 + 5, y: 20, 'text-anchor': 'start' }, `${t('timeline_paid', undefined, l)} ${formatDate(w.counted_from, l)}`),
    s('text', { class: 'tl-label', x: x1 - 5, y: 42, 'text-anchor': 'end' }, `${t('timeline_start', undefined, l)} ${formatDate(w.benefit_start, l)}`),
    s('text', { class: 'tl-total', x: (x0 + x1) / 2, y: y + bar + 24, 'text-anchor': 'middle' }, `= ${unit(total)}`));
  return h('figure', { class: 'figure' }, svg, h('figcaption', { class: 'figure__caption' }, desc));
}

export function repairTable(a: Assessment, l: Lang): HTMLElement | null {
  const opts = a.repair.options ?? [];
  if (!opts.length) return null;
  const wait = (o: (typeof opts)[number]) => (typeof o.total_days === 'number' ? t('days_n', { n: o.total_days }, l) : typeof o.total_months === 'number' ? t('months_n', { n: o.total_months }, l) : '—');
  const hasStart = opts.some((o) => o.benefit_start);
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('repair_table_caption', undefined, l) },
    h('table', { class: 'table' },
      h('caption', { class: 'table__caption' }, t('repair_table_caption', undefined, l)),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, t('repair_col_years', undefined, l)),
        h('th', { scope: 'col' }, t('repair_col_wait', undefined, l)),
        h('th', { scope: 'col', class: 'num' }, t('repair_col_cost', undefined, l)),
        hasStart ? h('th', { scope: 'col' }, t('repair_col_start', undefined, l)) : null)),
      h('tbody', null, ...opts.map((o) => h('tr', null,
        h('th', { scope: 'row' }, String(o.years)),
        h('td', null, wait(o)),
        h('td', { class: 'num' }, o.cost_cny === null ? '—' : formatMoney(o.cost_cny, l)),
        hasStart ? h('td', null, formatDate(o.benefit_start ?? '', l)) : null)))));
}

export function repairChart(a: Assessment, l: Lang): HTMLElement | null {
  const pts = repairPoints(a);
  if (pts.length < 2) return null;
  const byCost = pts.every((p) => p.cost !== null);
  const W = 360; const H = 200; const L = 48; const R = 16; const T = 16; const B = 40;
  const maxX = Math.max(...pts.map((p) => p.x), 1);
  const maxY = Math.max(...pts.map((p) => p.y), 1);
  const px = (x: number) => L + ((W - L - R) * x) / maxX;
  const py = (y: number) => H - B - ((H - T - B) * y) / maxY;
  const titleId = uid('rc-title');
  const descId = uid('rc-desc');
  const label = (p: (typeof pts)[number]) => t('repair_point', { x: byCost ? formatMoney(p.cost, l) : t('years_n', { n: p.years }, l), n: p.y }, l);
  const desc = t('repair_chart_desc', { points: pts.map(label).join(l === 'zh' ? '；' : '; ') }, l);
  const path = pts.map((p, i) => `${i ? 'L' : 'M'}${px(p.x).toFixed(1)} ${py(p.y).toFixed(1)}`).join(' ');
  const svg = s('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, focusable: 'false' },
    s('title', { id: titleId }, t('repair_chart_title', undefined, l)),
    s('desc', { id: descId }, desc),
    s('line', { class: 'axis', x1: L, y1: H - B, x2: W - R, y2: H - B }),
    s('line', { class: 'axis', x1: L, y1: T, x2: L, y2: H - B }),
    s('text', { class: 'axis-label', x: (L + W - R) / 2, y: H - 6, 'text-anchor': 'middle' }, byCost ? t('repair_chart_x', undefined, l) : t('repair_chart_x_years', undefined, l)),
    s('text', { class: 'axis-label', x: 12, y: (T + H - B) / 2, 'text-anchor': 'middle', transform: `rotate(-90 12 ${(T + H - B) / 2})` }, t('repair_chart_y', undefined, l)),
    s('text', { class: 'tick', x: L - 6, y: py(maxY) + 4, 'text-anchor': 'end' }, String(maxY)),
    s('text', { class: 'tick', x: L - 6, y: py(0) + 4, 'text-anchor': 'end' }, '0'),
    s('text', { class: 'tick', x: px(maxX), y: H - B + 16, 'text-anchor': 'end' }, String(maxX)),
    s('path', { class: 'chart-line', d: path }),
    ...pts.map((p) => s('circle', { class: 'chart-dot', cx: px(p.x), cy: py(p.y), r: 5 })));
  return h('figure', { class: 'figure figure--chart' }, svg, h('figcaption', { class: 'figure__caption' }, desc));
}
