/**
 * What the loader should make of rows of cells read one after another from line 2 on: which lines it
 * keeps, and which it refuses as exact repeats (cells equal once trimmed) of an earlier kept line,
 * with the message it gives. The oracle for the property tests of the check for repeated rows.
 */
export function expectedRepeats(rows: readonly (readonly string[])[]): {
  kept: number[];
  repeats: [number, string][];
} {
  const firstLine = new Map<string, number>();
  const kept: number[] = [];
  const repeats: [number, string][] = [];
  rows.forEach((cells, i) => {
    const key = cells.map((c) => c.trim()).join(',');
    const first = firstLine.get(key);
    if (first === undefined) {
      firstLine.set(key, i + 2);
      kept.push(i + 2);
    } else repeats.push([i + 2, `This row repeats line ${first} exactly and is left out.`]);
  });
  return { kept, repeats };
}
