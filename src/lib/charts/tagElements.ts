import type { RenderFunction } from '@observablehq/plot';

/**
 * A Plot render transform that sets attributes on each element a mark draws, from the datum it
 * stands for: the way the Contracts' DOM hooks (data-iso3, data-status, …) get onto Plot's output.
 * Plot draws one element per index entry, in index order.
 */
export function tagElements<T>(
  data: readonly T[],
  attributes: (d: T) => Record<string, string>,
): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context)!;
    const elements = Array.from(g.children);
    index.forEach((i, j) => {
      const element = elements[j];
      const datum = data[i];
      if (!element || datum === undefined) return;
      for (const [name, value] of Object.entries(attributes(datum))) element.setAttribute(name, value);
    });
    return g;
  };
}
