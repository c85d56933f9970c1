import { useState } from 'react';
import { api } from '../api.js';
import { Link } from '../components/Link.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { useApi } from '../components/useApi.js';
import { fmtDate, fmtNum } from '../format.js';
import { href } from '../router.js';

const PAGE = 50;

export function SpeakersPage({ page }: { page: number }) {
  const [q, setQ] = useState('');
  const offset = (page - 1) * PAGE;
  const res = useApi(`${q}\u0000${offset}`, (signal) => api.speakers(q, offset, PAGE, signal));
  return (
    <div className="speakers-page">
      <h1>المتحدثون</h1>
      <input type="search" className="filter" placeholder="تصفية بالاسم" aria-label="تصفية بالاسم" value={q} onChange={(e) => setQ(e.target.value)} />
      {res.error && <ErrorBox error={res.error} />}
      {!res.data && !res.error && <Loading />}
      {res.data && (
        <>
          <table className="table">
            <thead>
              <tr>
                <th>المتحدث</th>
                <th>التصريحات</th>
                <th className="hide-narrow">المقالات</th>
                <th className="hide-narrow">الفترة</th>
              </tr>
            </thead>
            <tbody>
              {res.data.items.map((s) => (
                <tr key={s.name}>
                  <td>
                    <Link to={href('/speaker', { name: s.name })}>{s.name}</Link>
                  </td>
                  <td>{fmtNum(s.statements)}</td>
                  <td className="hide-narrow">{s.articles === null ? '' : fmtNum(s.articles)}</td>
                  <td className="hide-narrow small muted">{[fmtDate(s.first, true), fmtDate(s.last, true)].filter(Boolean).join(' – ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label="الصفحات">
            {page > 1 ? <Link to={href('/speakers', { page: page - 1 })}>→ السابق</Link> : <span />}
            <span className="muted">{fmtNum(page)}</span>
            {res.data.more ? <Link to={href('/speakers', { page: page + 1 })}>التالي ←</Link> : <span />}
          </nav>
        </>
      )}
    </div>
  );
}
