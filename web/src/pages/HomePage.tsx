import { api } from '../api.js';
import { BarChart } from '../components/BarChart.js';
import { Link } from '../components/Link.js';
import { ErrorBox } from '../components/Status.js';
import { useApi } from '../components/useApi.js';
import { fmtNum } from '../format.js';
import { href } from '../router.js';
import { SearchBox } from './SearchBox.js';

const STAT_LABELS: [keyof import('../../../src/api/types.js').Stats, string][] = [
  ['articles', 'مقالًا'],
  ['statements', 'تصريحًا'],
  ['speakers', 'متحدثًا'],
  ['entities', 'كيانًا'],
  ['outlets', 'وسيلة'],
  ['stories', 'قصة مكررة'],
];

export function HomePage() {
  const stats = useApi('stats', (s) => api.stats(s));
  const speakers = useApi('speakers', (s) => api.speakers('', 0, 12, s));
  const days = useApi('days', (s) => api.days(s));
  return (
    <div className="home">
      <section className="hero">
        <h1>راصد</h1>
        <p className="tagline">من قال ماذا، عن مَن، وأين، ومتى — في الأخبار العربية.</p>
        <SearchBox autoFocus />
      </section>
      {stats.error && <ErrorBox error={stats.error} />}
      {stats.data && (
        <ul className="stats">
          {STAT_LABELS.map(([k, label]) => (
            <li key={k}>
              <strong>{fmtNum(stats.data![k])}</strong> {label}
            </li>
          ))}
        </ul>
      )}
      <div className="home-grid">
        <section className="panel">
          <h2>أكثر المتحدثين تصريحًا</h2>
          {speakers.data && (
            <ol className="ranked">
              {speakers.data.items.map((s) => (
                <li key={s.name}>
                  <Link to={href('/speaker', { name: s.name })}>{s.name}</Link> <span className="count">{fmtNum(s.statements)}</span>
                </li>
              ))}
            </ol>
          )}
          <Link to="/speakers" className="small">
            كل المتحدثين ←
          </Link>
        </section>
        <section className="panel">
          <h2>المقالات حسب اليوم</h2>
          {days.data && <BarChart days={days.data.map((d) => ({ value: d.day, count: d.articles }))} label="عدد المقالات" maxDays={62} />}
        </section>
      </div>
    </div>
  );
}
