import { h } from '../dom';
import { formatDate, t } from '../i18n';
import { forget, loadSaved } from '../storage';
import { type App, heading, notice } from './app';
import { button } from './components';

export function renderStart(app: App, onOpenSaved: () => void): HTMLElement {
  const flash = app.flash;
  app.flash = null;
  const saved = app.settings.kiosk ? null : loadSaved(app.storage);
  const savedBox = saved ? h('div', { class: 'panel', 'data-panel': 'saved' },
    h('p', null, t('saved_found', { date: formatDate(saved.saved_at.slice(0, 10)) })),
    h('div', { class: 'button-group' },
      button(t('saved_open'), onOpenSaved, 'button button--secondary', { 'data-action': 'open-saved' }),
      button(t('saved_forget'), () => { forget(app.storage); app.flash = t('forgotten'); app.rerender(); }, 'button button--warning', { 'data-action': 'forget' }))) : null;
  const start = h('a', { href: '#/q/region', class: 'button button--start', role: 'button', draggable: 'false', 'data-start': '' }, t('start_button'));
  return h('div', { class: 'page page--start' },
    flash ? notice(flash, 'success') : null,
    heading(t('start_title')),
    h('p', { class: 'lead' }, t('start_lead')),
    h('ul', { class: 'list' },
      h('li', null, t('start_private')),
      h('li', null, t('start_not_official')),
      app.settings.kiosk ? h('li', null, t('kiosk_note', { s: app.settings.idle })) : null),
    h('p', null, t('start_time')),
    start,
    savedBox);
}
