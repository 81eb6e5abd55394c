import type { Message } from './translate';

/**
 * The English messages the page has: in the built page each module brings the English of the keys it
 * names (scripts/lib/messageKeysPlugin.ts), so a view's words come with the view's code, as they did
 * when they were written in it; the command-line tools and the tests add the whole catalogue
 * (./load.ts). A module of its own that imports nothing, so that any module may add to it first.
 */
export const english: Record<string, Message> = {};

/** Adds English messages, from a module that names them or from the whole catalogue. */
export function addEnglish(messages: Readonly<Record<string, Message>>): void {
  Object.assign(english, messages);
}
