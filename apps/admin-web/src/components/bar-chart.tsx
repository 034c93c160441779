/** One bar: a label, a value and the CSS class that colours it. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly tone: string;
  /** Shown instead of the raw value (e.g. money). */
  readonly display?: string;
}

/** Horizontal bars in inline SVG: readable at a glance, no chart library, no inline styles (strict CSP). */
export function BarChart({ bars, title }: { readonly bars: readonly Bar[]; readonly title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 30;
  const labelWidth = 120;
  const width = 480;
  const barSpace = width - labelWidth - 70;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${bars.length * row + 4}`}
      role="img"
      aria-label={title}
      preserveAspectRatio="xMinYMin meet"
    >
      <title>{title}</title>
      {bars.map((bar, i) => {
        const y = i * row + 4;
        const w = bar.value === 0 ? 2 : Math.max(4, (bar.value / max) * barSpace);
        return (
          <g key={bar.label}>
            <text x={0} y={y + 17} className="chart-label">
              {bar.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={w} height={18} rx={4} className={`chart-bar tone-${bar.tone}`} />
            <text x={labelWidth + w + 8} y={y + 17} className="chart-value">
              {bar.display ?? bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A ring showing a share (0..1), with the percentage in the middle. */
export function Ring({ ratio, title }: { readonly ratio: number | null; readonly title: string }) {
  const r = 42;
  const circumference = 2 * Math.PI * r;
  const share = ratio ?? 0;
  return (
    <svg className="ring" viewBox="0 0 100 100" role="img" aria-label={title}>
      <title>{title}</title>
      <circle cx={50} cy={50} r={r} className="ring-track" />
      {share > 0 && (
        <circle
          cx={50}
          cy={50}
          r={r}
          className="ring-value"
          strokeDasharray={`${share * circumference} ${circumference}`}
          transform="rotate(-90 50 50)"
        />
      )}
      <text x={50} y={56} textAnchor="middle" className="ring-text">
        {ratio === null ? '—' : `${Math.round(share * 100)}%`}
      </text>
    </svg>
  );
}
