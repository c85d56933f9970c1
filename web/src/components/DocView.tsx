/**
 * A Doc on screen: the article fields on top, the original text with entities, dates and statements
 * highlighted in place (by their spans), and the list of statements with speaker and cue.
 * Everything from the Doc is rendered as React text nodes: article text is untrusted.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Doc, Statement } from '../../../src/doc/doc.js';
import { ENTITY_LABEL, KIND_LABEL, TYPE_LABEL, fmtDate } from '../format.js';
import { href } from '../router.js';
import { toRuns, type Mark } from '../segments.js';
import { Link } from './Link.js';

type Kind = 'statement' | 'cue' | 'speaker' | 'entity' | 'date';

function marksOf(doc: Doc): Mark<Kind>[] {
  const marks: Mark<Kind>[] = [];
  (doc.statements ?? []).forEach((s, index) => {
    marks.push({ start: s.content.start, end: s.content.end, kind: 'statement', index });
    marks.push({ start: s.cue.start, end: s.cue.end, kind: 'cue', index });
    if (s.mention) marks.push({ start: s.mention.start, end: s.mention.end, kind: 'speaker', index });
  });
  (doc.entities ?? []).forEach((e, index) => {
    for (const m of e.mentions) marks.push({ start: m.start, end: m.end, kind: 'entity', index });
  });
  (doc.dates ?? []).forEach((d, index) => marks.push({ start: d.start, end: d.end, kind: 'date', index }));
  return marks;
}

function speakerName(s: Statement): string {
  return s.speaker.name ?? 'متحدث غير محدد';
}

export function AnnotatedText({ doc, active, onPick }: { doc: Doc; active: number | null; onPick: (i: number) => void }) {
  const runs = useMemo(() => toRuns(doc.text, marksOf(doc)), [doc]);
  const firstRunOf = new Set<number>();
  return (
    <div className="doc-text" lang="ar">
      {runs.map((r) => {
        if (!r.marks.length) return <span key={r.start}>{r.text}</span>;
        const cls: string[] = [];
        const titles: string[] = [];
        let stmt: number | null = null;
        for (const m of r.marks) {
          if (m.kind === 'statement') {
            cls.push('m-stmt');
            stmt = m.index;
            if (m.index === active) cls.push('active');
          } else if (m.kind === 'cue') {
            cls.push('m-cue');
            titles.push('فعل الإسناد');
          } else if (m.kind === 'speaker') {
            cls.push('m-speaker');
            titles.push(`المتحدث: ${speakerName(doc.statements![m.index]!)}`);
          } else if (m.kind === 'entity') {
            const e = doc.entities![m.index]!;
            cls.push('m-ent', `m-ent-${e.type}`);
            titles.push(`${ENTITY_LABEL[e.type] ?? e.type}: ${e.name}`);
          } else {
            const d = doc.dates![m.index]!;
            cls.push('m-date');
            titles.push(`تاريخ: ${d.value ?? 'غير محدد'}`);
          }
        }
        const first = stmt !== null && !firstRunOf.has(stmt);
        if (stmt !== null) firstRunOf.add(stmt);
        const s = stmt;
        return (
          <span
            key={r.start}
            className={[...new Set(cls)].join(' ')}
            title={titles.join(' · ') || undefined}
            id={first ? `stmt-${s}` : undefined}
            data-stmt={s ?? undefined}
            onClick={s !== null ? () => onPick(s) : undefined}
          >
            {r.text}
          </span>
        );
      })}
    </div>
  );
}

function Field({ label, value }: { label: string; value: string | undefined | null }) {
  if (!value) return null;
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function ArticleHeader({ doc, outlet, published }: { doc: Doc; outlet?: string | null; published?: string | null }) {
  const a = doc.article;
  const pub = a?.published ?? published ?? null;
  return (
    <header className="article-head">
      {a?.kicker && <div className="kicker">{a.kicker.text}</div>}
      <h1 className="headline">{a?.headline?.text ?? doc.text.split('\n').find((l) => l.trim()) ?? ''}</h1>
      <dl className="fields">
        <Field label="الوسيلة" value={a?.outlet ?? outlet} />
        <Field label="سطر التاريخ" value={a?.dateline?.text} />
        <Field label="تاريخ النشر" value={pub ? fmtDate(pub) : null} />
        <Field label="الكاتب" value={a?.byline?.text ?? a?.author} />
        <Field label="المكان" value={a?.place} />
        <Field label="الوكالة" value={a?.agency} />
        <Field label="القسم" value={a?.tagline?.text ?? a?.section} />
      </dl>
    </header>
  );
}

function StatementItem({ s, i, active, onPick }: { s: Statement; i: number; active: boolean; onPick: (i: number) => void }) {
  return (
    <li className={active ? 'stmt active' : 'stmt'}>
      <div className="stmt-head">
        {s.speaker.name ? (
          <Link to={href('/speaker', { name: s.speaker.name })} className="speaker">
            {s.speaker.name}
          </Link>
        ) : (
          <span className="speaker unknown">متحدث غير محدد</span>
        )}
        <span className="cue" title="فعل الإسناد">
          {s.cue.text}
        </span>
        <span className="badge">{KIND_LABEL[s.kind] ?? s.kind}</span>
        {s.type && <span className="badge alt">{TYPE_LABEL[s.type] ?? s.type}</span>}
      </div>
      <button type="button" className="stmt-content" onClick={() => onPick(i)} aria-label={`اذهب إلى التصريح ${i + 1} في النص`}>
        {s.content.text}
      </button>
      {s.relay && <div className="muted small">نقلًا عن {s.relay.name}</div>}
    </li>
  );
}

export function DocView({ doc, outlet, published, initial }: { doc: Doc; outlet?: string | null; published?: string | null; initial?: number | null }) {
  const [active, setActive] = useState<number | null>(initial ?? null);
  const pick = (i: number) => {
    setActive(i);
    document.getElementById(`stmt-${i}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  useEffect(() => {
    if (initial !== null && initial !== undefined) document.getElementById(`stmt-${initial}`)?.scrollIntoView({ block: 'center' });
  }, [initial]);
  const statements = doc.statements ?? [];
  const entities = [...(doc.entities ?? [])].sort((a, b) => b.mentions.length - a.mentions.length);
  return (
    <article className="doc">
      <ArticleHeader doc={doc} outlet={outlet} published={published} />
      <div className="doc-grid">
        <section className="doc-main" aria-label="النص الأصلي">
          <div className="legend" aria-hidden="true">
            <span className="m-stmt">تصريح</span>
            <span className="m-speaker">متحدث</span>
            <span className="m-cue">فعل إسناد</span>
            <span className="m-ent m-ent-PERS">شخص</span>
            <span className="m-ent m-ent-ORG">منظمة</span>
            <span className="m-ent m-ent-LOC">مكان</span>
            <span className="m-date">تاريخ</span>
          </div>
          <AnnotatedText doc={doc} active={active} onPick={pick} />
        </section>
        <aside className="doc-side">
          <h2>التصريحات ({statements.length})</h2>
          {statements.length ? (
            <ol className="stmts">
              {statements.map((s, i) => (
                <StatementItem key={i} s={s} i={i} active={i === active} onPick={pick} />
              ))}
            </ol>
          ) : (
            <p className="muted">لم يُعثر على تصريحات منسوبة.</p>
          )}
          {entities.length > 0 && (
            <>
              <h2>الكيانات ({entities.length})</h2>
              <ul className="chips">
                {entities.map((e) => (
                  <li key={e.id} className={`chip m-ent-${e.type}`} title={ENTITY_LABEL[e.type]}>
                    {e.name} <span className="count">{e.mentions.length}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {(doc.dates ?? []).length > 0 && (
            <>
              <h2>التواريخ ({doc.dates!.length})</h2>
              <ul className="dates">
                {doc.dates!.map((d, i) => (
                  <li key={i}>
                    <span className="m-date">{d.text}</span> <span dir="ltr" className="muted small">{d.value ?? '—'}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </article>
  );
}
