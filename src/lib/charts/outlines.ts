import type { MapDrawWidth, WorldOutlines } from './drawWidth';

/**
 * The world's outlines projected at build time for each width (scripts/lib/worldOutlinesPlugin.ts):
 * the first map is drawn from these, with no shapes to load or project in the page.
 */
export const MAP_OUTLINES: Record<MapDrawWidth, () => Promise<{ default: WorldOutlines }>> = {
  360: () => import('virtual:world-outlines/360'),
  720: () => import('virtual:world-outlines/720'),
  960: () => import('virtual:world-outlines/960'),
  1440: () => import('virtual:world-outlines/1440'),
};
