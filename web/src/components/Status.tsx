import type { ApiError } from '../api.js';

export function ErrorBox({ error }: { error: ApiError }) {
  return (
    <div className="error" role="alert">
      <strong>تعذّر إتمام الطلب.</strong> <span dir="ltr" className="code">{error.code}</span>
      <div className="error-message">{error.message}</div>
    </div>
  );
}

export function Loading() {
  return (
    <div className="loading" aria-live="polite">
      جارٍ التحميل…
    </div>
  );
}
