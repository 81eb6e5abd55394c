import { countryName } from '$lib/data';
import type { MapKey } from '$lib/query';

/**
 * Keyboard movement between the states of a drawn map: from the focused element, the nearest state
 * in the arrow's direction, favouring states straight ahead over ones off to the side.
 * Works on the rendered elements' boxes, so it follows whatever the chart drew (shapes and markers).
 */

/** Arrow keys as screen directions. */
export const MAP_MOVES: Readonly<Record<string, [number, number]>> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

function centre(el: Element): [number, number] {
  const b = el.getBoundingClientRect();
  return [b.left + b.width / 2, b.top + b.height / 2];
}

/**
 * The nearest of `elements` from `from` in direction (dx, dy), or undefined at the edge. Another
 * element of the same state (a small state has a shape and a marker) is never a move.
 */
export function nearestInDirection<E extends Element>(
  from: E,
  elements: readonly E[],
  [dx, dy]: [number, number],
): E | undefined {
  const [x0, y0] = centre(from);
  let best: E | undefined;
  let bestScore = Infinity;
  const state = from.getAttribute('data-iso3');
  for (const el of elements) {
    if (el === from || (state !== null && el.getAttribute('data-iso3') === state)) continue;
    const [x, y] = centre(el);
    const along = (x - x0) * dx + (y - y0) * dy;
    if (along <= 0) continue;
    const across = Math.abs((x - x0) * dy - (y - y0) * dx);
    const score = along + across * 2;
    if (score < bestScore) [best, bestScore] = [el, score];
  }
  return best;
}

/** Where a state's tooltip goes, relative to the map: its centre x, top and bottom, and what it names. */
export interface TooltipAnchor {
  x: number;
  y: number;
  bottom: number;
  state: { name: string; key: MapKey };
}

/** The tooltip anchor of a state element, named in the page's language. */
export function tooltipAnchor(el: SVGElement, host: Element): TooltipAnchor {
  const box = el.getBoundingClientRect();
  const frame = host.getBoundingClientRect();
  return {
    x: box.left + box.width / 2 - frame.left,
    y: box.top - frame.top,
    bottom: box.bottom - frame.top,
    state: { name: countryName(el.dataset.iso3 ?? ''), key: el.dataset.key as MapKey },
  };
}
