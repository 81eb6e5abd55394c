import type { RenderFunction } from '@observablehq/plot';

/**
 * A Plot render transform that sets attributes on each element a mark draws, from the datum it
 * stands for: the way the Contracts' DOM hooks (data-iso3, data-status, …) get onto Plot's output.
 * Plot draws one element per index entry, in index order; with `clip` it wraps them in one more
 * group, which is looked through (a mark's own elements are paths, rects, circles or text, never groups).
 */
export function tagElements<T>(
  data: readonly T[],
  attributes: (d: T) => Record<string, string>,
): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context)!;
    let parent: Element = g;
    while (parent.children.length === 1 && parent.firstElementChild?.tagName.toLowerCase() === 'g')
      parent = parent.firstElementChild;
    const elements = Array.from(parent.children);
    index.forEach((i, j) => {
      const element = elements[j];
      const datum = data[i];
      if (!element || datum === undefined) return;
      for (const [name, value] of Object.entries(attributes(datum))) element.setAttribute(name, value);
    });
    return g;
  };
}
