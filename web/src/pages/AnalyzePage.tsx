import { useState, type FormEvent } from 'react';
import type { Doc } from '../../../src/doc/doc.js';
import { ApiError, api } from '../api.js';
import { DocView } from '../components/DocView.js';
import { ErrorBox } from '../components/Status.js';

export function AnalyzePage() {
  const [text, setText] = useState('');
  const [doc, setDoc] = useState<Doc | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setDoc(await api.analyze(text));
    } catch (err) {
      setDoc(null);
      setError(err instanceof ApiError ? err : new ApiError('E_UI', String(err), 0));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="analyze-page">
      <h1>تحليل نص</h1>
      <p className="muted">الصق نص مقال (العنوان، سطر التاريخ، ثم المتن). يُحلَّل النص ويُعرض مشروحًا، ولا يُحفظ في المخزن.</p>
      <form onSubmit={submit} className="analyze-form">
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={7} aria-label="نص المقال" dir="auto" placeholder="الصق النص هنا…" />
        <button type="submit" disabled={busy || !text.trim()}>
          {busy ? 'جارٍ التحليل…' : 'حلّل'}
        </button>
      </form>
      {error && <ErrorBox error={error} />}
      {doc && <DocView key={doc.text} doc={doc} />}
    </div>
  );
}
