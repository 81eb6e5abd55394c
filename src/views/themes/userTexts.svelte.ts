import type { Dataset, DocumentRow, ThemeMention } from '$lib/data';
import { t } from '$lib/i18n';
import { deleteItem, listItems, saveItem, StorageError } from '$lib/state';
import { analyseText, keywordInContext, lexiconFor, toMentionRows, type KeywordInContext } from '$lib/text';

/** A text the user dropped, pasted or picked: kept in this browser only, never sent anywhere. */
export interface UserText {
  id: string;
  name: string;
  text: string;
  added: string;
}

/**
 * Why the texts are not kept: reading or saving them failed, because storage is off ('unavailable'),
 * full ('quota') or for another reason. TextDrop says it in the page's language.
 */
export interface StorageNotice {
  action: 'read' | 'save';
  reason: StorageError['reason'] | 'other';
}

const reasonOf = (error: unknown): StorageNotice['reason'] =>
  error instanceof StorageError ? error.reason : 'other';

/**
 * The user's own texts for the Themes tab: analysed in the browser with the same analyser as the
 * bundled documents, kept in IndexedDB across reloads (a notice if storage is unavailable; the
 * texts then stay for this visit).
 */
class UserTexts {
  items = $state.raw<UserText[]>([]);
  notice = $state<StorageNotice | null>(null);
  #loaded = false;

  async load(): Promise<void> {
    if (this.#loaded) return;
    this.#loaded = true;
    try {
      this.items = (await listItems<UserText>('texts'))
        .map((i) => i.value)
        .sort((a, b) => a.added.localeCompare(b.added));
    } catch (error) {
      this.notice = { action: 'read', reason: reasonOf(error) };
    }
  }

  async add(name: string, text: string): Promise<void> {
    const item: UserText = {
      id: `your-text-${Date.now().toString(36)}-${this.items.length}`,
      name,
      text,
      added: new Date().toISOString(),
    };
    this.items = [...this.items, item];
    try {
      await saveItem('texts', item.id, item);
      this.notice = null;
    } catch (error) {
      this.notice = { action: 'save', reason: reasonOf(error) };
    }
  }

  async remove(id: string): Promise<void> {
    this.items = this.items.filter((i) => i.id !== id);
    await deleteItem('texts', id).catch(() => undefined);
  }

  /** The user's texts as extra documents and mention rows for selectThemes (titled in the page's language). */
  extra(dataset: Dataset): { documents: DocumentRow[]; mentions: ThemeMention[] } {
    const lexicon = lexiconFor(dataset.themes);
    const documents: DocumentRow[] = [];
    const mentions: ThemeMention[] = [];
    this.items.forEach((item, i) => {
      documents.push({
        id: item.id,
        title: t('themes.drop.docTitle', { name: item.name }),
        author: '',
        kind: 'user',
        date: null,
        conference: null,
        url: [],
        file: item.name,
        note: '',
        line: i + 1,
        origin: item.name,
      } as unknown as DocumentRow);
      for (const row of toMentionRows(item.id, analyseText(item.text, lexicon)))
        mentions.push({ ...row, line: i + 1, origin: item.name } as unknown as ThemeMention);
    });
    return { documents, mentions };
  }

  /** Keyword-in-context snippets of one theme in one of the user's texts. */
  snippets(dataset: Dataset, id: string, theme: string, limit = 12): KeywordInContext[] {
    const item = this.items.find((i) => i.id === id);
    if (!item) return [];
    const { matches } = analyseText(item.text, lexiconFor(dataset.themes));
    return matches
      .filter((m) => m.theme === theme)
      .slice(0, limit)
      .map((m) => keywordInContext(item.text, m));
  }
}

export const userTexts = new UserTexts();
