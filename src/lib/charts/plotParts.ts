import { t, type MessageKey } from '$lib/i18n';

// The names Plot gives the parts of a chart it draws (`aria-label`), which screen readers read out:
// English words, and terse ones ("x-axis tick label"). Each has a message, in the page's language.
const PARTS: Readonly<Record<string, MessageKey>> = {
  'x-axis tick': 'common.chart.x.ticks',
  'x-axis tick label': 'common.chart.x.tickLabels',
  'x-axis label': 'common.chart.x.title',
  'x-grid': 'common.chart.x.grid',
  'y-axis tick': 'common.chart.y.ticks',
  'y-axis tick label': 'common.chart.y.tickLabels',
  'y-axis label': 'common.chart.y.title',
  'y-grid': 'common.chart.y.grid',
  area: 'common.chart.mark.area',
  bar: 'common.chart.mark.bar',
  cell: 'common.chart.mark.cell',
  dot: 'common.chart.mark.dot',
  line: 'common.chart.mark.line',
  rect: 'common.chart.mark.rect',
  rule: 'common.chart.mark.rule',
  text: 'common.chart.mark.text',
  tick: 'common.chart.mark.tick',
};

/**
 * Renames the parts of a chart Plot drew, in the page's language: its axes, grids and marks left with
 * Plot's own English names. Names the chart's specs gave (a mark's `ariaLabel`) are kept. Run after
 * anything that finds a part by Plot's name.
 */
export function nameChartParts(chart: Element): void {
  for (const el of chart.querySelectorAll('[aria-label]')) {
    const key = PARTS[el.getAttribute('aria-label')!];
    if (key) el.setAttribute('aria-label', t(key));
  }
}
