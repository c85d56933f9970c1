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
        placeholder='ابحث: كلمات، "عبارة"، -استبعاد، OR، speaker: entity: outlet: type: from: to:'
        aria-label="نص البحث"
        maxLength={500}
        autoFocus={autoFocus}
        dir="auto"
      />
      <button type="submit">بحث</button>
    </form>
  );
}
