/**
 * Statements per day or per week as an SVG bar chart, drawn by hand (no chart library). Time runs
 * from right to left, as the page reads; each bar has a tooltip and the chart has a text summary.
 */
import { binCounts, densestWindow } from '../bins.js';
import { fmtDate, fmtNum } from '../format.js';

export function BarChart({ days: all, label, maxDays = 730 }: { days: { value: string; count: number }[]; label: string; maxDays?: number }) {
  const { days, left } = densestWindow(all, maxDays);
  const { bins, unit } = binCounts(days);
  if (!bins.length) return <p className="muted">لا توجد تواريخ لرسم المخطط.</p>;
  const W = 640;
  const H = 180;
  const pad = { top: 14, bottom: 30, left: 34, right: 8 };
  const max = Math.max(1, ...bins.map((b) => b.count));
  const plotW = W - pad.left - pad.right;
  const plotH = H - pad.top - pad.bottom;
  const bw = plotW / bins.length;
  const gap = Math.min(3, bw * 0.2);
  const y = (v: number) => pad.top + plotH - (v / max) * plotH;
  const total = bins.reduce((s, b) => s + b.count, 0);
  const per = unit === 'week' ? 'في الأسبوع' : 'في اليوم';
  const summary = `${label}: ${fmtNum(total)} · الأعلى ${per}: ${fmtNum(max)} · من ${fmtDate(bins[0]!.day)} إلى ${fmtDate(bins[bins.length - 1]!.day)}`;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="chart-svg">
        <line x1={pad.left} x2={W - pad.right} y1={y(0)} y2={y(0)} className="axis" />
        <line x1={pad.left} x2={W - pad.right} y1={y(max)} y2={y(max)} className="grid" />
        <text x={pad.left - 6} y={y(max) + 4} className="tick" textAnchor="end">
          {fmtNum(max)}
        </text>
        <text x={pad.left - 6} y={y(0) + 4} className="tick" textAnchor="end">
          {fmtNum(0)}
        </text>
        {bins.map((b, i) => {
          // Right to left: the first bin at the right edge.
          const x = W - pad.right - (i + 1) * bw + gap / 2;
          const h = y(0) - y(b.count);
          return (
            <rect key={b.day} x={x} y={y(b.count)} width={Math.max(1, bw - gap)} height={Math.max(b.count ? 1 : 0, h)} className="bar" rx={Math.min(2, bw / 4)}>
              <title>{`${unit === 'week' ? 'أسبوع ' : ''}${fmtDate(b.day)}: ${fmtNum(b.count)}`}</title>
            </rect>
          );
        })}
        <text x={W - pad.right} y={H - 8} className="tick" textAnchor="end">
          {fmtDate(bins[0]!.day, true)}
        </text>
        <text x={pad.left} y={H - 8} className="tick" textAnchor="start">
          {fmtDate(bins[bins.length - 1]!.day, true)}
        </text>
      </svg>
      <figcaption className="muted">
        {summary}
        {left > 0 && ` · ${fmtNum(left)} خارج هذه الفترة لا يظهر`}
      </figcaption>
    </figure>
  );
}
