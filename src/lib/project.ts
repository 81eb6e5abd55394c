// The project's public repository: the one place its address is set (issues, suggestions, docs).
export const REPOSITORY_URL = 'https://github.com/london-process-atlas/atlas';

/** The address that opens a new issue on the repository, pre-filled with a title and body. */
export function newIssueUrl(title: string, body: string): string {
  const query = new URLSearchParams({ title, body });
  return `${REPOSITORY_URL}/issues/new?${query.toString()}`;
}
