/**
 * Message keys, compiled short. In the code and the catalogues a key says where its words are
 * (`t('map.legend.host')`); in the built page each key is a short id (`t("_2c")`), so that a key,
 * written once in a catalogue and once or more in the code, costs three characters a time. The ids
 * come from the English keys in order, so the page, its worker and every catalogue agree. Build only:
 * the dev server, the tests and the command-line tools keep the keys as written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const MESSAGES = resolve('src/lib/i18n/messages');

/** Every English key and its short id (`_` and a base-36 number, which no word of the page is). */
export function messageIds(dir = join(MESSAGES, 'en')): Map<string, string> {
  const keys = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => Object.keys(JSON.parse(readFileSync(join(dir, f), 'utf8')) as object))
    .sort();
  return new Map(keys.map((key, i) => [key, `_${i.toString(36)}`]));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function messageKeys(): Plugin {
  let ids: Map<string, string>;
  let quoted: RegExp;
  return {
    name: 'atlas:message-keys',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      ids = messageIds();
      // A key as a whole string literal, in any of the three quotes.
      quoted = new RegExp(`(['"\`])(${[...ids.keys()].map(escape).join('|')})\\1`, 'g');
    },
    // A catalogue: its keys renamed before it becomes a module (however the JSON is then written).
    load(id) {
      if (!id.startsWith(MESSAGES) || !id.endsWith('.json')) return undefined;
      const messages = JSON.parse(readFileSync(id, 'utf8')) as Record<string, unknown>;
      return JSON.stringify(
        Object.fromEntries(Object.entries(messages).map(([k, v]) => [ids.get(k) ?? k, v])),
      );
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || id.startsWith(MESSAGES) || !quoted.test(code)) return undefined;
      quoted.lastIndex = 0;
      return {
        code: code.replace(quoted, (_all, q: string, key: string) => `${q}${ids.get(key)}${q}`),
        map: null,
      };
    },
  };
}
