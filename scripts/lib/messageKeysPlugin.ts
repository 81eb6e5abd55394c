/**
 * Message keys, and the English words where they are used.
 *
 * In the code and the catalogues a key says where its words are (`t('map.legend.host')`). Each
 * module that names keys brings their English with it: the plugin puts a line at its top,
 * `addEnglish({ 'map.legend.host': 'Host', … })` (src/lib/i18n/english.ts), so that a view's English
 * is in the view's own chunk, as it was when the words were written in its code, and no English
 * catalogue is downloaded. Other languages come whole, as chunks of their own (src/lib/i18n/load.ts).
 *
 * In the build each key is also compiled to a short id (`t("_2c")`), in the code and in every
 * catalogue, so that a key costs three characters a time. The ids come from the English keys in
 * order, so the page, its worker and every catalogue agree. The dev server keeps the keys as written;
 * the tests and the command-line tools, which load the whole English catalogue, run as they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const MESSAGES = resolve('src/lib/i18n/messages');
const ENGLISH_MODULE = '/src/lib/i18n/english.ts';

/** Every English message, by key. */
function englishMessages(dir = join(MESSAGES, 'en')): Map<string, unknown> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => Object.entries(JSON.parse(readFileSync(join(dir, f), 'utf8')) as object)),
  );
}

/** Every English key and its short id (`_` and a base-36 number, which no word of the page is). */
export function messageIds(keys: Iterable<string> = englishMessages().keys()): Map<string, string> {
  return new Map([...keys].sort().map((key, i) => [key, `_${i.toString(36)}`]));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface MessageKeysOptions {
  /**
   * Whether each module brings the English of the keys it names: the page's modules do; the worker,
   * which writes no words (its issues are keys and values), does not.
   */
  english?: boolean;
}

export function messageKeys({ english = true }: MessageKeysOptions = {}): Plugin {
  let building = false;
  let words: Map<string, unknown>;
  let ids: Map<string, string>;
  let quoted: RegExp;
  const read = (): void => {
    words = englishMessages();
    ids = building ? messageIds(words.keys()) : new Map([...words.keys()].map((key) => [key, key]));
    // A key as a whole string literal, in any of the three quotes.
    quoted = new RegExp(`(['"\`])(${[...words.keys()].map(escape).join('|')})\\1`, 'g');
  };
  return {
    name: 'atlas:message-keys',
    enforce: 'post',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      read();
    },
    // A catalogue in the build: its keys renamed before it becomes a module.
    load(id) {
      if (!building || !id.startsWith(MESSAGES) || !id.endsWith('.json')) return undefined;
      const messages = JSON.parse(readFileSync(id, 'utf8')) as Record<string, unknown>;
      return JSON.stringify(
        Object.fromEntries(Object.entries(messages).map(([k, v]) => [ids.get(k) ?? k, v])),
      );
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || id.startsWith(MESSAGES)) return undefined;
      const named = new Map<string, unknown>();
      const s = new MagicString(code);
      for (const m of code.matchAll(quoted)) {
        const [whole, q, key] = m as unknown as [string, string, string];
        const short = ids.get(key)!;
        named.set(short, words.get(key));
        if (short !== key) s.overwrite(m.index, m.index + whole.length, `${q}${short}${q}`);
      }
      if (!named.size) return undefined;
      if (english)
        s.prepend(
          `import { addEnglish as __atlasEnglish } from ${JSON.stringify(ENGLISH_MODULE)};` +
            `__atlasEnglish(${JSON.stringify(Object.fromEntries(named))});\n`,
        );
      return { code: s.toString(), map: s.generateMap({ hires: 'boundary', source: id }) };
    },
    // The dev server: an English message edited is read again, and the page reloaded with it.
    hotUpdate({ file }) {
      if (!file.startsWith(join(MESSAGES, 'en'))) return undefined;
      read();
      this.environment.moduleGraph.invalidateAll();
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}
