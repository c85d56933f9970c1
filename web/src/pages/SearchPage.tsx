import { api } from '../api.js';
import type { FacetValue, SearchHit } from '../../../src/api/types.js';
import { Highlighted } from '../components/Highlighted.js';
import { Link } from '../components/Link.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { useApi } from '../components/useApi.js';
import { KIND_LABEL, fmtDate, fmtNum, filterTerm } from '../format.js';
import { href } from '../router.js';
import { SearchBox } from './SearchBox.js';

const PAGE = 20;

function Hit({ hit }: { hit: SearchHit }) {
  const s = hit.statement;
  const to = href('/article', { id: hit.article.id, s: s?.start ?? undefined });
  return (
    <li className={`hit hit-${hit.type}`}>
      <div className="hit-meta">
        <span className={`badge ${hit.type === 'statement' ? 'alt' : ''}`}>{hit.type === 'statement' ? 'تصريح' : 'مقال'}</span>
        {hit.article.outlet && <span className="outlet">{hit.article.outlet}</span>}
        {hit.article.published && <time dateTime={hit.article.published}>{fmtDate(hit.article.published)}</time>}
      </div>
      <h3 className="hit-title">
        <Link to={to}>{hit.article.title ?? hit.article.id}</Link>
      </h3>
      {s && (
        <div className="hit-speaker">
          {s.speaker ? <Link to={href('/speaker', { name: s.speaker })}>{s.speaker}</Link> : <span className="muted">متحدث غير محدد</span>}{' '}
          <span className="cue">{s.cue}</span> <span className="muted small">({KIND_LABEL[s.kind] ?? s.kind})</span>
        </div>
      )}
      <p className="snippet">
        <Highlighted text={hit.snippet.text} highlights={hit.snippet.highlights} />
      </p>
    </li>
  );
}

function FacetGroup({ title, field, values, query, format }: { title: string; field: string; values: FacetValue[]; query: string; format?: (v: string) => string }) {
  if (!values.length) return null;
  return (
    <div className="facet">
      <h3>{title}</h3>
      <ul>
        {values.map((v) => {
          const term = field === 'day' ? `from:${v.value} to:${v.value}` : filterTerm(field, v.value);
          const on = query.includes(term);
          const next = on ? query.replace(term, '').replace(/\s+/g, ' ').trim() : `${query} ${term}`.trim();
          return (
            <li key={v.value}>
              <Link to={href('/search', { q: next })} className={on ? 'on' : undefined}>
                <span className="facet-value">{format ? format(v.value) : v.value}</span>
                <span className="count">{fmtNum(v.count)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function SearchPage({ q, page }: { q: string; page: number }) {
  const offset = (page - 1) * PAGE;
  const res = useApi(q ? `${q}\u0000${offset}` : null, (signal) => api.search(q, offset, PAGE, signal));
  const r = res.data;
  const pages = r ? Math.max(1, Math.ceil(r.total / PAGE)) : 1;
  return (
    <div className="search-page">
      <SearchBox initial={q} />
      {res.error && <ErrorBox error={res.error} />}
      {res.loading && !r && <Loading />}
      {r && (
        <div className="search-grid">
          <section className="results" aria-label="النتائج" aria-busy={res.loading}>
            <p className="muted result-count">
              {r.total ? `${fmtNum(r.total)} نتيجة` : 'لا نتائج'}
              {r.total > PAGE && ` — الصفحة ${fmtNum(page)} من ${fmtNum(pages)}`}
            </p>
            <ol className="hits">
              {r.hits.map((h, i) => (
                <Hit key={`${h.type}:${h.article.id}:${h.statement?.id ?? i}`} hit={h} />
              ))}
            </ol>
            {pages > 1 && (
              <nav className="pager" aria-label="الصفحات">
                {page > 1 ? <Link to={href('/search', { q, page: page - 1 })}>→ السابق</Link> : <span />}
                <span className="muted">
                  {fmtNum(page)} / {fmtNum(pages)}
                </span>
                {page < pages ? <Link to={href('/search', { q, page: page + 1 })}>التالي ←</Link> : <span />}
              </nav>
            )}
          </section>
          <aside className="facets" aria-label="تصفية">
            <FacetGroup title="المتحدثون" field="speaker" values={r.facets.speakers} query={q} />
            <FacetGroup title="الكيانات" field="entity" values={r.facets.entities} query={q} />
            <FacetGroup title="الوسائل" field="outlet" values={r.facets.outlets} query={q} />
            <FacetGroup title="الأيام" field="day" values={r.facets.days.slice(0, 10)} query={q} format={(d) => fmtDate(d)} />
          </aside>
        </div>
      )}
    </div>
  );
}
