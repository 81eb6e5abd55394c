import { t } from '$lib/i18n';

/** The site a source URL is on, for short link labels: "https://www.gov.uk/x" → "gov.uk". */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** What stands for a source where a row from the user's own file gives none, in the page's language. */
export function noSource(): string {
  return t('sources.noSource');
}
