// The bundled data, validated at build time (scripts/lib/bundledTablesPlugin.ts), in two parts.
declare module 'virtual:bundled-tables/*' {
  import type { TableReport, TableSet } from '$lib/data';
  const bundled: { tables: TableSet; reports: TableReport[] };
  export default bundled;
}

// The world map's outlines, projected at build time for one of the map's widths.
declare module 'virtual:world-outlines/*' {
  import type { WorldOutlines } from '$lib/charts/drawWidth';
  const outlines: WorldOutlines;
  export default outlines;
}
