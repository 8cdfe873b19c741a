import { escapeHtml as h } from '../../core/meeting/html-text';

/** Colours with at least 4.5:1 contrast on white, told apart by pattern as well as hue. */
const SERIES = [
  { fill: '#1f4e79', pattern: '' },
  { fill: '#8a4b08', pattern: 'url(#hatch)' },
  { fill: '#2e6b30', pattern: 'url(#dots)' },
] as const;

export interface BarGroup {
  label: string;
  values: (number | null)[];
}

/**
 * Grouped horizontal bars as server-rendered SVG: `role="img"` named by its `<title>` and
 * described by its `<desc>`; the numbers themselves are in the table the page puts beside it.
 */
export function groupedBarsSvg(input: {
  id: string;
  title: string;
  desc: string;
  series: string[];
  groups: BarGroup[];
}): string {
  const { id, groups, series } = input;
  const max = Math.max(1, ...groups.flatMap((g) => g.values.map((v) => v ?? 0)));
  const labelW = 190;
  const barW = 260;
  const barH = 12;
  const groupH = series.length * barH + 12;
  const legendH = 22;
  const height = legendH + groups.length * groupH + 8;
  const width = labelW + barW + 50;
  const rows = groups
    .map((group, gi) => {
      const y0 = legendH + gi * groupH;
      const bars = group.values
        .map((value, si) => {
          const s = SERIES[si % SERIES.length] ?? SERIES[0];
          const w = value === null ? 0 : Math.round((value / max) * barW);
          const y = y0 + si * barH;
          return `<rect x="${labelW}" y="${y}" width="${w}" height="${barH - 2}" fill="${s.fill}"/>${
            s.pattern
              ? `<rect x="${labelW}" y="${y}" width="${w}" height="${barH - 2}" fill="${s.pattern}"/>`
              : ''
          }<text x="${labelW + w + 4}" y="${y + barH - 3}" font-size="10" fill="#1b1b1b">${value === null ? '–' : value}</text>`;
        })
        .join('');
      return `<text x="${labelW - 6}" y="${y0 + (series.length * barH) / 2 + 4}" font-size="11" text-anchor="end" fill="#1b1b1b">${h(truncate(group.label, 30))}</text>${bars}`;
    })
    .join('');
  const legend = series
    .map((name, si) => {
      const s = SERIES[si % SERIES.length] ?? SERIES[0];
      const x = labelW + si * 95;
      return `<rect x="${x}" y="4" width="12" height="12" fill="${s.fill}"/>${
        s.pattern ? `<rect x="${x}" y="4" width="12" height="12" fill="${s.pattern}"/>` : ''
      }<text x="${x + 16}" y="14" font-size="10" fill="#1b1b1b">${h(truncate(name, 14))}</text>`;
    })
    .join('');
  return svg(id, input.title, input.desc, width, height, `${legend}${rows}`);
}

/** Cumulative counts per day as columns, with the first and last day named under them. */
export function columnsSvg(input: {
  id: string;
  title: string;
  desc: string;
  points: { label: string; value: number }[];
}): string {
  const { id, points } = input;
  const max = Math.max(1, ...points.map((p) => p.value));
  const width = 520;
  const chartH = 160;
  const top = 16;
  const step = points.length > 0 ? (width - 40) / points.length : 0;
  const cols = points
    .map((p, i) => {
      const hgt = Math.round((p.value / max) * chartH);
      const x = 20 + i * step;
      return `<rect x="${x.toFixed(1)}" y="${top + chartH - hgt}" width="${Math.max(1, step - 2).toFixed(1)}" height="${hgt}" fill="#1f4e79"/>`;
    })
    .join('');
  const first = points[0];
  const last = points[points.length - 1];
  const axis = `<line x1="20" y1="${top + chartH}" x2="${width - 20}" y2="${top + chartH}" stroke="#1b1b1b"/>${
    first
      ? `<text x="20" y="${top + chartH + 14}" font-size="10" fill="#1b1b1b">${h(first.label)}</text>`
      : ''
  }${
    last
      ? `<text x="${width - 20}" y="${top + chartH + 14}" font-size="10" text-anchor="end" fill="#1b1b1b">${h(last.label)}</text><text x="${width - 20}" y="${top - 4}" font-size="10" text-anchor="end" fill="#1b1b1b">${last.value}</text>`
      : ''
  }`;
  return svg(id, input.title, input.desc, width, top + chartH + 22, `${cols}${axis}`);
}

function svg(id: string, title: string, desc: string, width: number, height: number, body: string) {
  return `<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" direction="ltr" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${h(title)}</title><desc id="${id}-desc">${h(desc)}</desc><defs><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse"><path d="M0 4 L4 0" stroke="#ffffff" stroke-width="1"/></pattern><pattern id="dots" width="4" height="4" patternUnits="userSpaceOnUse"><circle cx="2" cy="2" r="0.8" fill="#ffffff"/></pattern></defs>${body}</svg>`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
