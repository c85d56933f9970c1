import { useEffect, useState, type FormEvent } from 'react';
import { href, navigate } from '../router.js';

export function SearchBox({ initial = '', autoFocus = false }: { initial?: string; autoFocus?: boolean }) {
  const [q, setQ] = useState(initial);
  useEffect(() => setQ(initial), [initial]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) navigate(href('/search', { q: q.trim() }));
  };
  return (
    <form className="searchbox" role="search" onSubmit={submit}>
      <input
        type="search"
        name="q"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder="ابحث في المقالات والتصريحات…"
        aria-label="نص البحث"
        maxLength={500}
        autoFocus={autoFocus}
        dir="rtl"
      />
      <button type="submit">بحث</button>
      <details className="syntax">
        <summary>صيغة البحث</summary>
        <ul>
          <li><code dir="ltr">الأمن الحكومة</code> كل الكلمات (تُطابَق الهمزات والتاء المربوطة والسوابق واللواحق)</li>
          <li><code dir="ltr">"ولي العهد"</code> عبارة بترتيبها</li>
          <li><code dir="ltr">النفط OR الطاقة</code> إحدى الكلمتين؛ <code dir="ltr">-الرياضة</code> استبعاد</li>
          <li><code dir="ltr">speaker:"عادل الجبير"</code> <code dir="ltr">entity:اليمن</code> <code dir="ltr">outlet:okaz</code> تصفية</li>
          <li><code dir="ltr">type:statement</code> التصريحات فقط؛ <code dir="ltr">from:2015-08-01 to:2015-08-31</code> فترة</li>
        </ul>
      </details>
    </form>
  );
}
