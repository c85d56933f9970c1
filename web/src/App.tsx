import { Link } from './components/Link.js';
import { useRoute } from './router.js';
import { AnalyzePage } from './pages/AnalyzePage.js';
import { ArticlePage } from './pages/ArticlePage.js';
import { HomePage } from './pages/HomePage.js';
import { SearchPage } from './pages/SearchPage.js';
import { SpeakerPage } from './pages/SpeakerPage.js';
import { SpeakersPage } from './pages/SpeakersPage.js';

function pageNumber(v: string | null): number {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

function Page() {
  const { path, params } = useRoute();
  switch (path) {
    case '/':
      return <HomePage />;
    case '/search':
      return <SearchPage q={params.get('q') ?? ''} page={pageNumber(params.get('page'))} />;
    case '/article': {
      const s = params.get('s');
      return <ArticlePage id={params.get('id') ?? ''} s={s !== null && /^\d+$/.test(s) ? Number(s) : null} />;
    }
    case '/speaker':
      return <SpeakerPage name={params.get('name') ?? ''} page={pageNumber(params.get('page'))} />;
    case '/speakers':
      return <SpeakersPage page={pageNumber(params.get('page'))} />;
    case '/analyze':
      return <AnalyzePage />;
    default:
      return (
        <div className="error" role="alert">
          الصفحة غير موجودة. <Link to="/">العودة إلى البداية</Link>
        </div>
      );
  }
}

export function App() {
  const { path } = useRoute();
  const nav: [string, string][] = [
    ['/', 'البداية'],
    ['/search', 'بحث'],
    ['/speakers', 'المتحدثون'],
    ['/analyze', 'تحليل نص'],
  ];
  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          راصد
        </Link>
        <nav aria-label="الأقسام">
          {nav.map(([to, label]) => (
            <Link key={to} to={to} className={path === to ? 'current' : undefined}>
              {label}
            </Link>
          ))}
          <a href="/api/docs" className="api-link">
            API
          </a>
        </nav>
      </header>
      <main className="container">
        <Page />
      </main>
    </>
  );
}
