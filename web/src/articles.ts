// The article texts, parsed at build time (web/build/articles.ts) into articles/<ruleset>.json
// next to the page. Fetched from this origin only (precached by the service worker).
export interface Article { heading: string; title?: string; paras: string[]; clauses: Record<string, [number, number]> }
export interface ArticleSet { id: string; source: string; notice?: string[]; articles: Record<string, Article> }

const cache = new Map<string, Promise<ArticleSet | null>>();

export function loadArticles(ruleset: string): Promise<ArticleSet | null> {
  if (!/^[a-z0-9-]+$/.test(ruleset)) return Promise.resolve(null);
  let p = cache.get(ruleset);
  if (!p) {
    p = fetch(`./articles/${ruleset}.json`, { credentials: 'same-origin' })
      .then((r) => (r.ok ? (r.json() as Promise<ArticleSet>) : null))
      .catch(() => null);
    cache.set(ruleset, p);
    p.then((v) => { if (!v) cache.delete(ruleset); });
  }
  return p;
}
