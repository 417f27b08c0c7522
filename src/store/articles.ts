import type { Article } from '../domain/article.ts';
import type { KV } from './kv.ts';

export function createArticleRepo(kv: KV) {
  return {
    get: (id: string) => kv.get<Article>(id),
    put: (article: Article) => kv.set(article.id, article),
  };
}
export type ArticleRepo = ReturnType<typeof createArticleRepo>;
