import { api } from '../api.js';
import { binCounts } from '../bins.js';
import { BarChart } from '../components/BarChart.js';
import { Link } from '../components/Link.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { useApi } from '../components/useApi.js';
import { KIND_LABEL, fmtDate, fmtNum } from '../format.js';
import { href } from '../router.js';

const PAGE = 50;

const binLabel = (days: { value: string; count: number }[]) => (binCounts(days).unit === 'week' ? 'بالأسبوع' : 'باليوم');

export function SpeakerPage({ name, page }: { name: string; page: number }) {
  const offset = (page - 1) * PAGE;
  const res = useApi(`${name}\u0000${offset}`, (signal) => api.speaker(name, offset, PAGE, signal));
  if (res.error) return <ErrorBox error={res.error} />;
  if (!res.data) return <Loading />;
  const v = res.data;
  const pages = Math.max(1, Math.ceil(v.total / PAGE));
  return (
    <div className="speaker-page">
      <header className="speaker-head">
        <h1>{v.name}</h1>
        <p className="muted">
          عدد التصريحات: {fmtNum(v.total)}
          {v.days.length > 0 && ` · من ${fmtDate(v.days[0]!.value)} إلى ${fmtDate(v.days[v.days.length - 1]!.value)}`}
        </p>
      </header>
      <div className="speaker-grid">
        <section className="panel">
          <h2>التصريحات عبر الزمن ({binLabel(v.days)})</h2>
          <BarChart days={v.days} label="عدد التصريحات" />
        </section>
        <section className="panel">
          <h2>أبرز المواضيع</h2>
          {v.subjects.length ? (
            <ul className="chips">
              {v.subjects.map((s) => (
                <li key={s.value} className="chip">
                  <Link to={href('/search', { q: `speaker:"${v.name}" entity:"${s.value}"` })}>{s.value}</Link> <span className="count">{fmtNum(s.count)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">لا كيانات مذكورة في تصريحاته.</p>
          )}
        </section>
      </div>
      <section>
        <h2>التصريحات بترتيب التاريخ</h2>
        <ol className="timeline" start={offset + 1}>
          {v.statements.map((s, i) => (
            <li key={s.id ?? i} className="timeline-item">
              <div className="hit-meta">
                <time dateTime={s.date ?? undefined}>{s.date ? fmtDate(s.date) : 'بلا تاريخ'}</time>
                {s.article.outlet && <span className="outlet">{s.article.outlet}</span>}
                <span className="cue">{s.cue}</span>
                <span className="badge">{KIND_LABEL[s.kind] ?? s.kind}</span>
              </div>
              <blockquote className="quote">{s.content}</blockquote>
              <Link className="small" to={href('/article', { id: s.article.id, s: s.start ?? undefined })}>
                {s.article.title ?? 'المقال'}
              </Link>
            </li>
          ))}
        </ol>
        {pages > 1 && (
          <nav className="pager" aria-label="الصفحات">
            {page > 1 ? <Link to={href('/speaker', { name, page: page - 1 })}>→ السابق</Link> : <span />}
            <span className="muted">
              {fmtNum(page)} / {fmtNum(pages)}
            </span>
            {page < pages ? <Link to={href('/speaker', { name, page: page + 1 })}>التالي ←</Link> : <span />}
          </nav>
        )}
      </section>
    </div>
  );
}
