import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { t } from '../../i18n.ts';
import type { Lang } from '../../i18n.ts';
import { CJK_FONT_FAMILY, CJK_FONT_FILE } from '../../render/fonts.ts';
import { HEATMAP_WEEKS, weekdayIndex, type DayCount, type StatsChartData } from './chart-data.ts';

/** The picture's size in pixels, drawn at 1×: Discord scales it to the message width. */
export const PICTURE_WIDTH = 960;
export const PICTURE_HEIGHT = 560;

/**
 * A light card with dark ink and an opaque background: readable on Discord's dark and light themes
 * alike (the same choice as the formula images), with GitHub's heatmap greens.
 */
const COLORS = {
  background: '#fdfdfe',
  border: '#d0d7de',
  ink: '#1f2328',
  muted: '#59636e',
  grid: '#e4e8ec',
  heat: ['#ebedf0', '#9be9a8', '#40c463', '#30a14e', '#216e39'],
  reviews: '#0969da',
  due: '#bf8700',
  recall: '#1a7f37',
};

const PAD = 24;
const CELL = 13;
const STEP = 16;
const HEAT_LEFT = PAD + 40;
const HEAT_TOP = 108;
const CHART_TOP = 280;
const CHART_GAP = 24;
const CHART_WIDTH = (PICTURE_WIDTH - 2 * PAD - 2 * CHART_GAP) / 3;
const PLOT_TOP = CHART_TOP + 44;
const PLOT_BOTTOM = PICTURE_HEIGHT - 48;

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (lang: Lang, month: number) => (lang === 'zh' ? `${month}月` : MONTHS_EN[month - 1]!);
const WEEKDAYS: Record<Lang, [number, string][]> = {
  en: [
    [0, 'Mon'],
    [2, 'Wed'],
    [4, 'Fri'],
  ],
  zh: [
    [0, '周一'],
    [2, '周三'],
    [4, '周五'],
  ],
};

function font(size: number): string {
  return `${size}px "${CJK_FONT_FAMILY}"`;
}

/** The CJK font the install brings (src/render/fonts.ts), registered with canvas once per process. */
function ensureFont(): void {
  if (!GlobalFonts.has(CJK_FONT_FAMILY)) GlobalFonts.registerFromPath(CJK_FONT_FILE, CJK_FONT_FAMILY);
}

export interface StatsPicture {
  png: Buffer;
  width: number;
  height: number;
}

/** Heat level 0–4 of a day, relative to the busiest day of the year shown. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * count) / max)));
}

export async function drawStatsPicture(data: StatsChartData, lang: Lang): Promise<StatsPicture> {
  ensureFont();
  const canvas = createCanvas(PICTURE_WIDTH, PICTURE_HEIGHT);
  const g = canvas.getContext('2d');
  g.fillStyle = COLORS.background;
  g.beginPath();
  g.roundRect(0.5, 0.5, PICTURE_WIDTH - 1, PICTURE_HEIGHT - 1, 12);
  g.fill();
  g.strokeStyle = COLORS.border;
  g.lineWidth = 1;
  g.stroke();

  g.fillStyle = COLORS.ink;
  g.font = font(22);
  g.textBaseline = 'alphabetic';
  g.fillText(t(lang, 'chart.title', { day: data.today }), PAD, 44);

  drawHeatmap(g, data, lang);
  const charts: [string, DayCount[], string, string][] = [
    [t(lang, 'chart.reviews30'), data.last30, COLORS.reviews, t(lang, 'chart.noData')],
    [t(lang, 'chart.due30'), data.next30, COLORS.due, t(lang, 'chart.nothingDue')],
  ];
  charts.forEach(([title, days, color, empty], index) => drawDayBars(g, PAD + index * (CHART_WIDTH + CHART_GAP), title, days, color, empty));
  drawMonthlyShare(g, PAD + 2 * (CHART_WIDTH + CHART_GAP), data, lang);

  return { png: await canvas.encode('png'), width: PICTURE_WIDTH, height: PICTURE_HEIGHT };
}

function drawHeatmap(g: SKRSContext2D, data: StatsChartData, lang: Lang): void {
  g.fillStyle = COLORS.ink;
  g.font = font(15);
  g.fillText(t(lang, 'chart.heatmap', { total: data.yearTotal }), PAD, 78);

  const max = Math.max(0, ...data.heatmap.map((d) => d.count));
  g.font = font(11);
  g.fillStyle = COLORS.muted;
  for (const [row, label] of WEEKDAYS[lang]) g.fillText(label, PAD, HEAT_TOP + row * STEP + 11);

  let lastLabelColumn = -10;
  data.heatmap.forEach((entry, index) => {
    const column = Math.floor(index / 7);
    const row = weekdayIndex(entry.day);
    const x = HEAT_LEFT + column * STEP;
    const y = HEAT_TOP + row * STEP;
    const dayOfMonth = Number(entry.day.slice(8, 10));
    if (dayOfMonth === 1 && entry.day <= data.today && column - lastLabelColumn >= 3 && column < HEATMAP_WEEKS - 1) {
      g.fillStyle = COLORS.muted;
      g.fillText(monthName(lang, Number(entry.day.slice(5, 7))), x, HEAT_TOP - 8);
      lastLabelColumn = column;
    }
    if (entry.day > data.today) return;
    g.fillStyle = COLORS.heat[heatLevel(entry.count, max)]!;
    g.beginPath();
    g.roundRect(x, y, CELL, CELL, 3);
    g.fill();
  });

  // Legend: Less ▪▪▪▪▪ More, under the grid's right end.
  const legendY = HEAT_TOP + 7 * STEP + 10;
  let x = HEAT_LEFT + HEATMAP_WEEKS * STEP - 5 * STEP - 44;
  g.fillStyle = COLORS.muted;
  const less = t(lang, 'chart.less');
  g.fillText(less, x - g.measureText(less).width - 6, legendY + 11);
  for (const color of COLORS.heat) {
    g.fillStyle = color;
    g.beginPath();
    g.roundRect(x, legendY, CELL, CELL, 3);
    g.fill();
    x += STEP;
  }
  g.fillStyle = COLORS.muted;
  g.fillText(t(lang, 'chart.more'), x + 4, legendY + 11);
}

function chartFrame(g: SKRSContext2D, left: number, title: string, maxLabel: string | null): void {
  g.fillStyle = COLORS.ink;
  g.font = font(14);
  g.fillText(title, left, CHART_TOP + 16);
  g.strokeStyle = COLORS.grid;
  g.lineWidth = 1;
  g.beginPath();
  g.moveTo(left, PLOT_BOTTOM + 0.5);
  g.lineTo(left + CHART_WIDTH, PLOT_BOTTOM + 0.5);
  g.moveTo(left, PLOT_TOP + 0.5);
  g.lineTo(left + CHART_WIDTH, PLOT_TOP + 0.5);
  g.stroke();
  if (maxLabel) {
    g.fillStyle = COLORS.muted;
    g.font = font(11);
    g.fillText(maxLabel, left, PLOT_TOP - 6);
  }
}

function shortDay(day: string): string {
  return `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`;
}

function drawDayBars(g: SKRSContext2D, left: number, title: string, days: DayCount[], color: string, emptyText: string): void {
  const max = Math.max(0, ...days.map((d) => d.count));
  chartFrame(g, left, title, max > 0 ? String(max) : null);
  const slot = CHART_WIDTH / days.length;
  const height = PLOT_BOTTOM - PLOT_TOP;
  g.fillStyle = color;
  days.forEach((entry, index) => {
    if (entry.count <= 0) return;
    const barHeight = Math.max(2, (entry.count / max) * height);
    g.beginPath();
    g.roundRect(left + index * slot + 1, PLOT_BOTTOM - barHeight, Math.max(1, slot - 2), barHeight, 2);
    g.fill();
  });
  g.fillStyle = COLORS.muted;
  g.font = font(11);
  const first = shortDay(days[0]!.day);
  const last = shortDay(days.at(-1)!.day);
  g.fillText(first, left, PLOT_BOTTOM + 18);
  g.fillText(last, left + CHART_WIDTH - g.measureText(last).width, PLOT_BOTTOM + 18);
  if (max === 0) {
    const text = emptyText;
    g.fillText(text, left + (CHART_WIDTH - g.measureText(text).width) / 2, (PLOT_TOP + PLOT_BOTTOM) / 2);
  }
}

function drawMonthlyShare(g: SKRSContext2D, left: number, data: StatsChartData, lang: Lang): void {
  chartFrame(g, left, t(lang, 'chart.recall'), '100%');
  const slot = CHART_WIDTH / data.months.length;
  const height = PLOT_BOTTOM - PLOT_TOP;
  g.font = font(10);
  data.months.forEach((month, index) => {
    const x = left + index * slot;
    if (month.reviews > 0) {
      const share = month.notAgain / month.reviews;
      const barHeight = Math.max(2, share * height);
      g.fillStyle = COLORS.recall;
      g.beginPath();
      g.roundRect(x + 3, PLOT_BOTTOM - barHeight, slot - 6, barHeight, 2);
      g.fill();
      const label = `${Math.round(share * 100)}`;
      g.fillStyle = COLORS.ink;
      g.fillText(label, x + (slot - g.measureText(label).width) / 2, Math.max(PLOT_TOP + 12, PLOT_BOTTOM - barHeight - 4));
    }
    if (index % 2 === data.months.length % 2 || index === data.months.length - 1) {
      const name = monthName(lang, Number(month.month.slice(5, 7)));
      g.fillStyle = COLORS.muted;
      g.fillText(name, x + (slot - g.measureText(name).width) / 2, PLOT_BOTTOM + 18);
    }
  });
  if (data.months.every((m) => m.reviews === 0)) {
    g.fillStyle = COLORS.muted;
    g.font = font(11);
    const text = t(lang, 'chart.noData');
    g.fillText(text, left + (CHART_WIDTH - g.measureText(text).width) / 2, (PLOT_TOP + PLOT_BOTTOM) / 2);
  }
}
