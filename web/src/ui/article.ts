// Activating a citation shows that article's text (bundled, offline) in a modal dialog, with
// the cited clause marked.
import { loadArticles } from '../articles';
import { citationLabel, parseCitation, rulesetShort } from '../citations';
import { clear, h, id as uid } from '../dom';
import { lang, t } from '../i18n';
import type { RulesetInfo } from '../types';

let dialog: HTMLDialogElement | null = null;

function ensureDialog(): HTMLDialogElement {
  if (dialog && document.body.contains(dialog)) return dialog;
  const titleId = uid('article-title');
  dialog = h('dialog', { class: 'article-dialog', 'aria-labelledby': titleId }) as HTMLDialogElement;
  dialog.dataset.titleId = titleId;
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog!.close(); });
  document.body.append(dialog);
  return dialog;
}

export function closeArticle(): void {
  if (dialog?.open) dialog.close();
}

export async function openArticle(cite: string, rulesets: RulesetInfo[] = []): Promise<void> {
  const d = ensureDialog();
  const l = lang();
  const opener = document.activeElement as HTMLElement | null;
  const c = parseCitation(cite);
  const titleId = d.dataset.titleId!;
  const body = h('div', { class: 'article-dialog__body' }, h('p', null, t('article_loading')));
  const close = h('button', { type: 'button', class: 'button button--secondary article-dialog__close' }, t('article_dialog_close'));
  close.addEventListener('click', () => d.close());
  clear(d);
  d.append(h('h2', { id: titleId, class: 'article-dialog__title', tabindex: '-1' }, citationLabel(cite, l)), body, h('div', { class: 'actions' }, close));
  d.addEventListener('close', () => opener?.focus?.(), { once: true });
  if (!d.open) d.showModal();
  (d.querySelector('h2') as HTMLElement).focus();
  const set = c ? await loadArticles(c.ruleset) : null;
  const art = c && set ? set.articles[`art-${c.article}`] : null;
  clear(body);
  const meta = rulesets.find((r) => r.id === c?.ruleset);
  if (meta) body.append(h('p', { class: 'article-dialog__doc' }, `${l === 'zh' ? meta.title : (meta.title_en ?? meta.title)}${meta.document_number ? `（${meta.document_number}）`.replace(/（(.*)）/, l === 'zh' ? '（$1）' : ' ($1)') : ''}`));
  else if (c) body.append(h('p', { class: 'article-dialog__doc' }, rulesetShort(c.ruleset, l)));
  if (meta?.status === 'draft') body.append(h('p', { class: 'badge-line' }, h('span', { class: 'badge' }, t('status_draft')), ' ', t('article_draft_note')));
  if (!art) {
    body.append(h('p', null, t('article_missing')));
    return;
  }
  const range = c?.clause !== undefined ? art.clauses[String(c.clause)] : undefined;
  body.append(h('p', { class: 'article-dialog__heading' }, art.heading, art.title ? `【${art.title}】` : ''));
  if (range) body.append(h('p', { class: 'hint' }, t('article_cited_clause')));
  body.append(h('p', { class: 'hint' }, t('article_original')));
  const text = h('div', { class: 'article-text', lang: 'zh-CN' });
  art.paras.forEach((p, i) => {
    const cited = range && i >= range[0] && i <= range[1];
    text.append(h('p', null, cited ? h('mark', null, p) : p));
  });
  body.append(text);
  // show the cited clause (focus stays on the dialog's heading)
  text.querySelector('mark')?.scrollIntoView({ block: 'center' });
  body.append(h('p', { class: 'hint article-dialog__source' }, t('article_source', { source: meta?.document_number || (meta ? (l === 'zh' ? meta.title : (meta.title_en ?? meta.title)) : set!.source) })));
}
