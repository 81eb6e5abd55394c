// Nothing but constants and the choice of the map's width: src/main.ts imports this to ask for the
// first map's outlines before anything else has loaded, so it must stay free of dependencies (and
// the Vite config imports it, so it holds no import of a virtual module either: see ./outlines.ts).

/** The widths the map is projected at, one per size of screen (phone, tablet, desktop, wall). */
export const MAP_DRAW_WIDTHS = [360, 720, 960, 1440] as const;
export type MapDrawWidth = (typeof MAP_DRAW_WIDTHS)[number];

/** The media queries for those sizes, as MapView watches them. */
export const MAP_WIDTH_QUERIES = {
  phone: '(max-width: 30rem)',
  tablet: '(max-width: 60rem)',
  wall: '(min-width: 100rem)',
} as const;

type ScreenSize = Record<keyof typeof MAP_WIDTH_QUERIES, boolean>;

/** The width the map is projected at for the screen's size (which of the queries match). */
export function mapDrawWidth({ phone, tablet, wall }: ScreenSize): MapDrawWidth {
  return phone ? 360 : tablet ? 720 : wall ? 1440 : 960;
}

/** Which of the queries match now. */
export const screenSize = (): ScreenSize => ({
  phone: matchMedia(MAP_WIDTH_QUERIES.phone).matches,
  tablet: matchMedia(MAP_WIDTH_QUERIES.tablet).matches,
  wall: matchMedia(MAP_WIDTH_QUERIES.wall).matches,
});

/**
 * Each shape of the world map as [ISO3 or null, its name when it has no ISO3, area in steradians
 * (to six figures), path data or null].
 */
export interface WorldOutlines {
  width: MapDrawWidth;
  shapes: [string | null, string | null, number, string | null][];
}
