/**
 * Concrete colours for charts. Specs take a palette rather than CSS variables so that an exported
 * SVG looks the same outside the page. Statuses differ in lightness (for colour-blind readers and
 * greyscale print) and in pattern or outline, never in hue alone.
 */
export interface Palette {
  /** 'print': greys and patterns only, for black-and-white print (URL `palette=print`). */
  name: 'light' | 'dark' | 'print';
  background: string;
  text: string;
  muted: string;
  ocean: string;
  graticule: string;
  border: string;
  /** Land of states with no record at the chosen conference. */
  noRecord: string;
  /** Land outside the data (disputed areas without a code). */
  otherLand: string;
  host: string;
  hostOutline: string;
  attendee: string;
  /** Hatch lines drawn over attendee fills. */
  hatch: string;
  focus: string;
  highlight: string;
}

export const LIGHT_PALETTE: Readonly<Palette> = Object.freeze({
  name: 'light',
  background: '#ffffff',
  text: '#1a1a1a',
  muted: '#595959',
  ocean: '#f2f6f9',
  graticule: '#dde5ec',
  border: '#ffffff',
  noRecord: '#e0e0e0',
  otherLand: '#efefef',
  host: '#082a4d',
  hostOutline: '#000000',
  attendee: '#4f8fd1',
  hatch: '#082a4d',
  focus: '#c2410c',
  highlight: '#c2410c',
});

export const DARK_PALETTE: Readonly<Palette> = Object.freeze({
  name: 'dark',
  background: '#121417',
  text: '#f0f0f0',
  muted: '#b3b3b3',
  ocean: '#1a1e24',
  graticule: '#2a3039',
  border: '#121417',
  noRecord: '#2e333a',
  otherLand: '#25292f',
  host: '#d6ebff',
  hostOutline: '#ffffff',
  attendee: '#3f7fc0',
  hatch: '#d6ebff',
  focus: '#ffb35c',
  highlight: '#ffb35c',
});

/**
 * Black-and-white print: every fill a grey (or a grey with a pattern). Hosts near black, attendees
 * a middle grey with black hatching, no record a pale grey: neighbours in the legend differ by at
 * least 3:1 in contrast (WCAG non-text), and by pattern and marker shape as well.
 */
export const PRINT_PALETTE: Readonly<Palette> = Object.freeze({
  name: 'print',
  background: '#ffffff',
  text: '#000000',
  muted: '#4d4d4d',
  ocean: '#ffffff',
  graticule: '#d9d9d9',
  border: '#ffffff',
  noRecord: '#dcdcdc',
  otherLand: '#f2f2f2',
  host: '#1a1a1a',
  hostOutline: '#000000',
  attendee: '#7a7a7a',
  hatch: '#000000',
  focus: '#000000',
  highlight: '#000000',
});

/**
 * The greys the print palette gives theme series, dark and light in turn: each stands out from the
 * white page (3:1 or more) and from its neighbour (a stacked bar's next segment, the next lane);
 * the themes themselves are told apart by lane, row, order or marker shape, not by grey.
 */
export const PRINT_SERIES = ['#262626', '#8c8c8c'] as const;

/** A series colour in a palette: its own colour, or in print a grey by its place in the series. */
export function seriesColour(palette: Readonly<Palette>, colour: string, index: number): string {
  return palette.name === 'print' ? PRINT_SERIES[index % PRINT_SERIES.length]! : colour;
}

/** The palette for a colour scheme, or the print palette (which has one scheme: black on white). */
export function paletteFor(
  scheme: 'light' | 'dark',
  kind: 'default' | 'print' = 'default',
): Readonly<Palette> {
  if (kind === 'print') return PRINT_PALETTE;
  return scheme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
