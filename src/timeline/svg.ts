// Draws the timeline as SVG: the milestones on an axis whose long empty
// stretches are shortened (and marked so), today's position, entry into force
// still ahead, then the signature count and the ratifications toward the
// threshold, each with the date it was true, and the sources underneath.
import { formatDate, formatWhen, t, withColon } from '../answer/i18n.ts';
import type { Lang } from '../knowledge/schema.ts';
import { firstDay } from '../knowledge/when.ts';
import { timelineText } from './i18n.ts';
import type { TimelineModel } from './model.ts';

export const PICTURE_SIZE = { width: 1200, height: 400 } as const;

/** The family name inside the bundled font files (see render.ts). */
export const FONT_FAMILY = 'Be Vietnam Pro';

const COLORS = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#57606a',
  accent: '#1f6feb',
  track: '#d0d7de',
  empty: '#eaeef2',
  today: '#cf222e',
} as const;

const MARGIN = 40;
const AXIS_Y = 190;
const X_FIRST = 90;
const X_LAST = 890;
const X_ENTRY_INTO_FORCE = 1110;
/** A gap between milestones longer than this is drawn shortened, with a break mark. */
const LONGEST_GAP_DAYS = 500;
/** Milestones closer than this are spread so their labels do not collide. */
const SHORTEST_GAP_DAYS = 220;
const LABEL_WIDTH = 230;
const LINE_HEIGHT = 19;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

interface TextStyle {
  size: number;
  weight?: 400 | 700;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

function text(x: number, y: number, content: string, style: TextStyle): string {
  const attributes = [
    `x="${x.toFixed(1)}"`,
    `y="${y.toFixed(1)}"`,
    `font-size="${style.size}"`,
    `font-weight="${style.weight ?? 400}"`,
    `fill="${style.fill ?? COLORS.text}"`,
    `text-anchor="${style.anchor ?? 'start'}"`,
  ];
  return `<text ${attributes.join(' ')}>${escapeXml(content)}</text>`;
}

/** A width estimate good enough to wrap and place labels (the font's average glyph is about 0.58 em). */
const estimateWidth = (content: string, size: number) => content.length * size * 0.58;

function wrap(content: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const word of content.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && estimateWidth(`${last} ${word}`, size) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Cuts text to an estimated width, marking the cut. */
function truncate(content: string, size: number, width: number): string {
  if (estimateWidth(content, size) <= width) return content;
  const chars = Math.floor(width / (size * 0.58)) - 1;
  return `${content.slice(0, chars).trimEnd()}…`;
}

interface Axis {
  x(isoDate: string): number;
  /** Where the drawing shortens a long gap. */
  breaks: number[];
}

/**
 * Time runs left to right, in proportion between milestones except that long
 * gaps are shortened and short ones widened; after the last milestone it runs
 * at the last gap's pace until entry into force, which has no date.
 */
function axis(days: readonly number[]): Axis {
  const gaps = days.slice(1).map((day, i) => day - (days[i] as number));
  const drawn = gaps.map((gap) => Math.min(Math.max(gap, SHORTEST_GAP_DAYS), LONGEST_GAP_DAYS));
  const pixelsPerDay = (X_LAST - X_FIRST) / drawn.reduce((a, b) => a + b, 0);
  const starts = [X_FIRST];
  for (const width of drawn) starts.push((starts.at(-1) as number) + width * pixelsPerDay);
  const lastPace = ((drawn.at(-1) ?? 1) / (gaps.at(-1) ?? 1)) * pixelsPerDay;
  return {
    x(isoDate) {
      const day = dayNumber(isoDate);
      if (day <= (days[0] as number)) return X_FIRST;
      const segment = days.findIndex((start, i) => i < gaps.length && day <= (days[i + 1] as number) && day >= start);
      if (segment >= 0) return (starts[segment] as number) + ((day - (days[segment] as number)) / (gaps[segment] as number)) * (drawn[segment] as number) * pixelsPerDay;
      return Math.min(X_LAST + (day - (days.at(-1) as number)) * lastPace, X_ENTRY_INTO_FORCE - 60);
    },
    breaks: gaps.flatMap((gap, i) => (gap > LONGEST_GAP_DAYS ? [((starts[i] as number) + (starts[i + 1] as number)) / 2] : [])),
  };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

interface Placed {
  svg: string;
  /** The text and the connector. */
  boxes: Box[];
}

/** A milestone's date and words, above or below the axis, kept inside the picture. */
function label(x: number, above: boolean, heading: string, lines: readonly string[], headingFill: string): Placed {
  const width = Math.max(estimateWidth(heading, 16), ...lines.map((l) => estimateWidth(l, 14)));
  const anchor = x - width / 2 < MARGIN ? 'start' : x + width / 2 > PICTURE_SIZE.width - MARGIN ? 'end' : 'middle';
  const textX = anchor === 'start' ? Math.max(MARGIN, x - 12) : anchor === 'end' ? Math.min(PICTURE_SIZE.width - MARGIN, x + 12) : x;
  const rows = [heading, ...lines];
  const top = above ? AXIS_Y - 40 - (rows.length - 1) * LINE_HEIGHT : AXIS_Y + 44;
  const connector = above ? `M${x} ${AXIS_Y - 12}V${AXIS_Y - 34}` : `M${x} ${AXIS_Y + 12}V${AXIS_Y + 28}`;
  const left = anchor === 'start' ? textX : anchor === 'end' ? textX - width : textX - width / 2;
  return {
    svg: [
      `<path d="${connector}" stroke="${COLORS.track}" stroke-width="2"/>`,
      ...rows.map((row, i) =>
        i === 0
          ? text(textX, top, row, { size: 16, weight: 700, fill: headingFill, anchor })
          : text(textX, top + i * LINE_HEIGHT, row, { size: 14, fill: COLORS.muted, anchor }),
      ),
    ].join(''),
    boxes: [
      { left, right: left + width, top: top - 16, bottom: top + (rows.length - 1) * LINE_HEIGHT + 4 },
      above ? { left: x - 2, right: x + 2, top: AXIS_Y - 34, bottom: AXIS_Y - 12 } : { left: x - 2, right: x + 2, top: AXIS_Y + 12, bottom: AXIS_Y + 28 },
    ],
  };
}

/** "Today" by its marker: above or below it, else beside it, wherever no label or connector is in the way. */
function todayLabel(x: number, content: string, taken: readonly Box[]): string {
  const width = estimateWidth(content, 13);
  const candidates = [
    { baseline: AXIS_Y - 22, anchor: 'middle', left: x - width / 2 },
    { baseline: AXIS_Y + 33, anchor: 'middle', left: x - width / 2 },
    { baseline: AXIS_Y - 22, anchor: 'end', left: x - 6 - width },
    { baseline: AXIS_Y + 33, anchor: 'end', left: x - 6 - width },
  ] as const;
  const boxOf = (c: (typeof candidates)[number]) => ({ left: c.left, right: c.left + width, top: c.baseline - 13, bottom: c.baseline + 3 });
  const free = candidates.find((c) => !taken.some((box) => overlaps(box, boxOf(c)))) ?? candidates[0];
  const textX = free.anchor === 'end' ? x - 6 : x;
  return text(textX, free.baseline, content, { size: 13, weight: 700, fill: COLORS.today, anchor: free.anchor });
}

export interface TimelineDrawing {
  model: TimelineModel;
  lang: Lang;
  /** Who published the sources the facts cite, in order, once each. */
  publishers: readonly string[];
}

export function timelineSvg({ model, lang, publishers }: TimelineDrawing): string {
  const words = timelineText(lang);
  const s = t(lang);
  const { width, height } = PICTURE_SIZE;
  const scale = axis(model.milestones.map((m) => dayNumber(firstDay(m.when))));
  const todayX = scale.x(model.date);
  const parts: string[] = [];

  parts.push(text(MARGIN, 50, words.title, { size: 24, weight: 700 }));
  parts.push(text(width - MARGIN, 50, words.asOf(formatDate(model.date, lang)), { size: 16, fill: COLORS.muted, anchor: 'end' }));

  // The track: travelled up to today, planned up to the last milestone, unknown after it.
  parts.push(`<path d="M${X_FIRST - 30} ${AXIS_Y}H${X_LAST}" stroke="${COLORS.track}" stroke-width="6" stroke-linecap="round"/>`);
  parts.push(`<path d="M${X_LAST} ${AXIS_Y}H${X_ENTRY_INTO_FORCE}" stroke="${COLORS.track}" stroke-width="4" stroke-dasharray="10 8"/>`);
  parts.push(`<path d="M${X_FIRST - 30} ${AXIS_Y}H${todayX.toFixed(1)}" stroke="${COLORS.accent}" stroke-width="6" stroke-linecap="round"/>`);
  for (const x of scale.breaks) {
    parts.push(`<rect x="${x - 7}" y="${AXIS_Y - 10}" width="14" height="20" fill="${COLORS.background}"/>`);
    parts.push(`<path d="M${x - 9} ${AXIS_Y + 10}L${x - 1} ${AXIS_Y - 10}M${x + 1} ${AXIS_Y + 10}L${x + 9} ${AXIS_Y - 10}" stroke="${COLORS.muted}" stroke-width="2"/>`);
  }

  const labels: Placed[] = model.milestones.map((milestone, i) => {
    const x = scale.x(firstDay(milestone.when));
    const fill = milestone.reached ? COLORS.accent : COLORS.background;
    parts.push(`<circle cx="${x.toFixed(1)}" cy="${AXIS_Y}" r="9" fill="${fill}" stroke="${COLORS.accent}" stroke-width="3"/>`);
    const lines = wrap(words.milestones[milestone.key], 14, LABEL_WIDTH);
    return label(x, i % 2 === 0, formatWhen(milestone.when, lang), lines, milestone.reached ? COLORS.text : COLORS.accent);
  });

  const rule = words.entryIntoForceRule(s.ordinal(model.entryIntoForce.days), s.ordinal(model.entryIntoForce.instruments));
  parts.push(`<circle cx="${X_ENTRY_INTO_FORCE}" cy="${AXIS_Y}" r="9" fill="${COLORS.background}" stroke="${COLORS.muted}" stroke-width="3" stroke-dasharray="4 3"/>`);
  labels.push(label(X_ENTRY_INTO_FORCE, model.milestones.length % 2 === 0, `${withColon(words.entryIntoForce, lang)} ${words.notYet}`, wrap(rule, 14, LABEL_WIDTH - 40), COLORS.muted));
  parts.push(...labels.map((l) => l.svg));

  parts.push(`<path d="M${todayX.toFixed(1)} ${AXIS_Y - 16}V${AXIS_Y + 16}" stroke="${COLORS.today}" stroke-width="4" stroke-linecap="round"/>`);
  parts.push(todayLabel(todayX, words.today, labels.flatMap((l) => l.boxes)));

  // Where the counts stand, each with the date it was true.
  const bandY = 312;
  parts.push(`<path d="M${MARGIN} ${bandY - 20}H${width - MARGIN}" stroke="${COLORS.empty}" stroke-width="2"/>`);
  const { hanoiSignatories, laterSignatories } = model;
  const count = String(laterSignatories.count);
  parts.push(text(MARGIN, bandY + 34, count, { size: 40, weight: 700, fill: COLORS.accent }));
  const countWidth = estimateWidth(count, 40) + 12;
  parts.push(text(MARGIN + countWidth, bandY + 10, words.signatoriesReported, { size: 18, weight: 700 }));
  parts.push(text(MARGIN + countWidth, bandY + 28, words.asOf(formatDate(laterSignatories.asOf, lang)), { size: 14, fill: COLORS.muted }));
  parts.push(text(MARGIN + countWidth, bandY + 46, words.hanoiSignatories(hanoiSignatories.count), { size: 14, fill: COLORS.muted }));

  const { instruments } = model.entryIntoForce;
  const deposited = model.ratifications.count ?? 0;
  const barX = 480;
  const cell = (width - MARGIN - barX) / instruments;
  parts.push(text(barX, bandY + 2, words.ratificationsHeading, { size: 15, weight: 700 }));
  for (let i = 0; i < instruments; i++) {
    const filled = i < deposited;
    parts.push(`<rect x="${(barX + i * cell).toFixed(1)}" y="${bandY + 12}" width="${(cell - 3).toFixed(1)}" height="16" rx="2" fill="${filled ? COLORS.accent : COLORS.empty}" stroke="${filled ? COLORS.accent : COLORS.track}"/>`);
  }
  const ratifications =
    model.ratifications.count === undefined ? words.ratificationsNone(instruments) : words.ratificationsCounted(model.ratifications.count, instruments);
  parts.push(text(barX, bandY + 46, `${withColon(words.asOf(formatDate(model.ratifications.asOf, lang)), lang)} ${ratifications}`, { size: 14, fill: COLORS.muted }));

  // Two lines hold every publisher the knowledge base cites today; a longer list is cut visibly.
  const sources = wrap(`${withColon(words.sources, lang)} ${publishers.join(' · ')}`, 12, width - 2 * MARGIN);
  const shown = sources.length > 2 ? [sources[0] as string, truncate(`${sources[1]} …`, 12, width - 2 * MARGIN - 20)] : sources;
  shown.forEach((line, i) => parts.push(text(MARGIN, height - 12 - (shown.length - 1 - i) * 15, line, { size: 12, fill: COLORS.muted })));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="${COLORS.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
