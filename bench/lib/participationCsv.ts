/**
 * A participation CSV of `rows` valid rows for the ingest benchmark: names and codes in several
 * conventions (so countries are resolved, not just copied), quoted fields, a unique source per row.
 * A load test, not data.
 */
const STATES = [
  'France',
  'KOR',
  'Korea, Republic of',
  'Germany',
  'Brazil',
  'Côte d’Ivoire',
  'IN',
  'Türkiye',
  'Japan',
  'Kenya',
];
const ROLES = ['attendee', 'host', 'speaker', 'co-organiser'];

export function participationCsv(rows: number): string {
  const lines = ['conference,country,role,level,confidence,source,note'];
  for (let i = 0; i < rows; i++) {
    const state = STATES[i % STATES.length]!;
    lines.push(
      `seoul-2013,${state.includes(',') ? `"${state}"` : state},${ROLES[i % ROLES.length]},minister,documented,https://example.org/p/${i},row ${i}`,
    );
  }
  return lines.join('\n');
}
