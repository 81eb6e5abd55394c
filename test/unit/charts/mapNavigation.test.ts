import { describe, expect, test } from 'vitest';
import { MAP_MOVES, nearestInDirection } from '$lib/charts';

/** A drawn state: its code and its box on screen (what nearestInDirection reads of an element). */
function drawn(iso3: string, left: number, top: number, width: number, height: number): Element {
  return {
    getAttribute: (name: string) => (name === 'data-iso3' ? iso3 : null),
    getBoundingClientRect: () => ({ left, top, width, height }) as DOMRect,
  } as unknown as Element;
}

// Luxembourg as the map draws it at The Hague 2015: a tiny shape and a marker on top of it, among
// its neighbours (boxes measured in the page at 1280 px).
const luxShape = drawn('LUX', 483.4, 678.3, 1.2, 1.7);
const luxMarker = drawn('LUX', 480.9, 676, 6.6, 6.6);
const states = [
  luxShape,
  luxMarker,
  drawn('FRA', 340, 676, 153, 148),
  drawn('DEU', 484, 666, 18, 19),
  drawn('CHE', 484, 684, 10, 10),
  drawn('BEL', 477, 675, 7, 5),
  drawn('NLD', 479, 665, 7, 7),
];
const code = (el: Element | undefined): string | null | undefined => el?.getAttribute('data-iso3');

describe('nearestInDirection', () => {
  test.each([
    { from: luxShape, key: 'ArrowDown', to: 'CHE' },
    { from: luxMarker, key: 'ArrowDown', to: 'CHE' },
    { from: luxShape, key: 'ArrowLeft', to: 'BEL' },
    { from: luxMarker, key: 'ArrowLeft', to: 'BEL' },
    { from: luxMarker, key: 'ArrowUp', to: 'BEL' },
    { from: luxMarker, key: 'ArrowRight', to: 'DEU' },
  ])('from Luxembourg, $key moves to $to (never to its own marker)', ({ from, key, to }) => {
    expect(code(nearestInDirection(from, states, MAP_MOVES[key]!))).toBe(to);
  });

  test('at the edge there is nowhere to go', () => {
    const west = drawn('USA', 0, 600, 50, 30);
    expect(nearestInDirection(west, [west, ...states], MAP_MOVES.ArrowLeft!)).toBeUndefined();
  });
});
