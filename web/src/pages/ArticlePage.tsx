import { api } from '../api.js';
import { DocView } from '../components/DocView.js';
import { Link } from '../components/Link.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { useApi } from '../components/useApi.js';
import { fmtDate } from '../format.js';
import { href } from '../router.js';

/** A stored article; `s` (optional) is the start offset of a statement to select. */
export function ArticlePage({ id, s }: { id: string; s: number | null }) {
  const res = useApi(id, (signal) => api.article(id, signal));
  if (res.error) return <ErrorBox error={res.error} />;
  if (!res.data) return <Loading />;
  const { doc, article, story } = res.data;
  const initial = s === null ? null : (doc.statements ?? []).findIndex((st) => st.content.start === s);
  return (
    <div className="article-page">
      <DocView key={article.id} doc={doc} outlet={article.outlet} published={article.published} initial={initial !== null && initial >= 0 ? initial : null} />
      <footer className="article-foot">
        {article.url && /^https?:\/\//i.test(article.url) && (
          <p className="small">
            المصدر:{' '}
            <a href={article.url} rel="noopener noreferrer nofollow" target="_blank" dir="ltr">
              {article.url}
            </a>
          </p>
        )}
        {story && story.articles.length > 0 && (
          <section className="story">
            <h2>القصة نفسها في وسائل أخرى ({story.size})</h2>
            <ul>
              {story.articles.map((a) => (
                <li key={a.id}>
                  <Link to={href('/article', { id: a.id })}>{a.title ?? a.id}</Link> <span className="muted small">{[a.outlet, fmtDate(a.published)].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </footer>
    </div>
  );
}
