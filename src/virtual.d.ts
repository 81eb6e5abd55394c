// The bundled data, validated at build time (scripts/lib/bundledTablesPlugin.ts), in two parts.
declare module 'virtual:bundled-tables/*' {
  import type { TableReport, TableSet } from '$lib/data';
  const bundled: { tables: TableSet; reports: TableReport[] };
  export default bundled;
}
