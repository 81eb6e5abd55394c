import { formatCount, formatDecimal, formatShare } from '$lib/format';
import type { ThemesModel } from '$lib/query';
import type { Palette } from '../palette';

// Without Plot: the map view's figure legend reads these, and must not load Plot with it.

/** A cell's value as text in the model's metric, in the page's language: "12", "4.5", "23%". */
export function formatMetric(value: number, metric: ThemesModel['metric']): string {
  if (metric === 'share') return formatShare(value);
  if (metric === 'per-1000') return formatDecimal(value);
  return formatCount(value);
}

/** The heatmap's shading, from the least to the most: [low, high] colours. */
export function themesRamp(palette: Readonly<Palette>): [string, string] {
  if (palette.name === 'print') return ['#f7f7f7', '#262626'];
  return palette.name === 'dark' ? ['#1c2026', '#8cc4ff'] : ['#f5f7f9', '#0b57a4'];
}
