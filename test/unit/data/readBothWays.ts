import {
  readTable,
  unpackRows,
  withoutPlaces,
  type PackedRows,
  type TableKind,
  type TableSource,
} from '$lib/data';

/**
 * Reads a text twice: as the page does (rows returned) and as the loader's worker does (rows packed),
 * with what the page then has: each batch unpacked after a structured clone, as postMessage sends it,
 * less the rows dropped afterwards.
 */
export function readBothWays(source: TableSource) {
  const plain = readTable(source);
  const batches: PackedRows[] = [];
  const received: Partial<Record<TableKind, Record<string, unknown>[]>> = {};
  const packed = readTable({
    ...source,
    onPacked: (kind, rows) => {
      batches.push(rows);
      (received[kind] ??= []).push(...unpackRows(structuredClone(rows)));
    },
    onDropped: (kind, places) => (received[kind] = withoutPlaces(received[kind] ?? [], places)),
  });
  return { plain, packed, batches, received };
}
