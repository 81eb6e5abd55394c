/**
 * A benchmark figure: a measured value (median of its samples), the reference it is compared with
 * in the same run, the ratio between them, and the goal it must meet. Every bench script prints
 * `{ "figures": Figure[] }` so the runner can collect them.
 */
export interface Figure {
  id: string;
  label: string;
  unit: string;
  /** Median of the samples. */
  value: number;
  samples: number[];
  reference?: { label: string; value: number; samples: number[] };
  /** value / reference.value */
  ratio?: number;
  /** The goal: the value (or the ratio) must be at most / at least this. */
  goal?: { on: 'value' | 'ratio'; at: 'most' | 'least'; limit: number };
  /** Whether the goal is met (undefined when there is no goal). */
  pass?: boolean;
  note?: string;
}

/** The median of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Builds a figure from samples, with an optional reference and goal, and judges the goal. */
export function makeFigure(
  input: Omit<Figure, 'value' | 'ratio' | 'pass' | 'reference'> & {
    reference?: { label: string; samples: number[] };
  },
): Figure {
  const value = median(input.samples);
  const reference = input.reference
    ? {
        label: input.reference.label,
        samples: input.reference.samples,
        value: median(input.reference.samples),
      }
    : undefined;
  const ratio = reference && reference.value > 0 ? value / reference.value : undefined;
  let pass: boolean | undefined;
  if (input.goal) {
    const measured = input.goal.on === 'ratio' ? ratio : value;
    pass =
      measured !== undefined &&
      Number.isFinite(measured) &&
      (input.goal.at === 'most' ? measured <= input.goal.limit : measured >= input.goal.limit);
  }
  const { reference: _given, ...rest } = input;
  const figure: Figure = { ...rest, value };
  if (reference) figure.reference = reference;
  if (ratio !== undefined) figure.ratio = ratio;
  if (pass !== undefined) figure.pass = pass;
  return figure;
}

/** "≤ 1.3× reference", "≥ 0.7× reference", "≤ 16 ms". */
export function describeGoal(figure: Figure): string {
  if (!figure.goal) return '';
  const sign = figure.goal.at === 'most' ? '≤' : '≥';
  return figure.goal.on === 'ratio'
    ? `${sign} ${figure.goal.limit}× reference`
    : `${sign} ${figure.goal.limit} ${figure.unit}`;
}
