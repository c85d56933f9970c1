/** Display helpers: Arabic numbers and dates, labels of layer values. */
const num = new Intl.NumberFormat('ar');
const dayFmt = new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'short', timeZone: 'UTC' });

export const fmtNum = (n: number): string => num.format(n);

/** `2015-08-09` or an ISO instant as an Arabic date; unparseable values are shown as given. */
export function fmtDate(iso: string | null | undefined, short = false): string {
  if (!iso) return '';
  const d = new Date(/^\d{4}-\d\d-\d\d$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return (short ? shortDay : dayFmt).format(d);
}

export const ENTITY_LABEL: Record<string, string> = { PERS: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى' };
export const KIND_LABEL: Record<string, string> = { direct: 'مباشر', indirect: 'غير مباشر', mixed: 'مختلط' };
export const TYPE_LABEL: Record<string, string> = {
  claim: 'تصريح',
  promise: 'وعد',
  warning: 'تحذير',
  demand: 'مطالبة',
  denial: 'نفي',
  accusation: 'اتهام',
  condemnation: 'إدانة',
};

/** Quote a facet value for the query language when it has spaces or quotes. */
export function filterTerm(field: string, value: string): string {
  return /[\s"]/.test(value) ? `${field}:"${value.replace(/"/g, '')}"` : `${field}:${value}`;
}
