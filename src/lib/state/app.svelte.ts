import { MediaQuery } from 'svelte/reactivity';
import { buildDataset, emptyDataset, type Dataset, type Issue, type TableReport } from '$lib/data';
import {
  applyFilters,
  resolveFilters,
  summarizeView,
  type FilteredData,
  type FilterNotice,
  type Filters,
  type Scheme,
} from '$lib/query';
import { setOfficialNames, t, type Lang } from '$lib/i18n';
import { loadBundledFirst, loadBundledRest, type BundledPart } from './bundled';
import type { IngestProgress } from './ingest';
import type { StoredFile, UserFile, UserFileMode } from './userFiles';
import { whenIdle } from './idle';
import { languageFor, Preferences } from './preferences.svelte';
import { filtersToSearch, parseFilters } from './urlState';

export type LoadStatus = 'loading' | 'ready' | 'failed';

/** A user's file being read: its name, size and progress, and how to stop it. */
export interface LoadingFile {
  id: string;
  name: string;
  size: number;
  progress: IngestProgress;
  cancel(): void;
}

/** What an error says (a StorageError says it in the page's language). */
const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The one store of the app. The URL is the only store of view state: filters are derived from it,
 * and navigate() is the only way to change them. The dataset is kept in $state.raw: it is immutable
 * and large, so Svelte must not proxy its rows.
 */
export class AppState {
  #href = $state('http://localhost/');
  #dataset = $state.raw<Dataset>(emptyDataset());
  #reports = $state.raw<TableReport[]>([]);
  #issues = $state.raw<Issue[]>([]);
  #status = $state<LoadStatus>('loading');
  #bundled: BundledPart[] = [];
  #userFiles = $state.raw<UserFile[]>([]);
  // Made when read, so that it is said in the page's language even after the language changes.
  #storageNotice = $state.raw<(() => string) | null>(null);
  #loadNotice = $state<string | null>(null);
  #loading = $state.raw<LoadingFile[]>([]);
  #added = 0;
  #rebuilds = 0;
  #darkQuery = new MediaQuery('(prefers-color-scheme: dark)', false);
  #reducedMotionQuery = new MediaQuery('(prefers-reduced-motion: reduce)', false);

  // A read-only parse of #href: reactivity comes from #href itself, so a plain URL is right here.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #parsed = $derived(parseFilters(new URL(this.#href).searchParams));
  readonly #resolved = $derived(resolveFilters(this.#parsed.filters, this.#dataset));

  /** The filters in effect: the URL's, with values unknown to the data removed. */
  get filters(): Filters {
    return this.#resolved.filters;
  }

  // Filtered once per change and shared by every view, so linked views cost one pass, not one each.
  readonly #filtered = $derived(applyFilters(this.#dataset, this.#resolved.filters));
  /** Set while the map's first view shows the tables it needs and the rest are still to come. */
  #restLoading = $state(false);
  readonly #summary = $derived(
    summarizeView(this.#dataset, this.#resolved.filters, this.#filtered, this.#restLoading),
  );

  /** Every table's rows that pass the filters (applyFilters of the dataset). */
  get filtered(): FilteredData {
    return this.#filtered;
  }

  /** The plain-language summary of the current view (summarizeView). */
  get summary(): string {
    return this.#summary;
  }

  /** Notices about URL values that were ignored. */
  get notices(): FilterNotice[] {
    return [...this.#parsed.notices, ...this.#resolved.notices];
  }

  get dataset(): Dataset {
    return this.#dataset;
  }

  /** What loading each table gave (rows read, accepted, issues). */
  get reports(): TableReport[] {
    return this.#reports;
  }

  /** Every issue found while loading. */
  get issues(): Issue[] {
    return this.#issues;
  }

  get status(): LoadStatus {
    return this.#status;
  }

  #kept = new Preferences();

  /** The reader's own choice of scheme, kept in this browser ('auto' follows the system). */
  get preferredScheme(): Scheme {
    return this.#kept.scheme;
  }

  /** Keeps the reader's choice of scheme for the next visits too (silently, if storage is off). */
  setPreferredScheme(scheme: Scheme): void {
    this.#kept.scheme = scheme;
  }

  /**
   * The scheme asked for: light for the print palette (black on white), else the URL's (embeds),
   * else the reader's kept choice, else 'auto'.
   */
  get schemeOverride(): Scheme {
    if (this.filters.palette === 'print') return 'light';
    return this.filters.scheme !== 'auto' ? this.filters.scheme : this.#kept.scheme;
  }

  /** The colour scheme in effect: the URL's override, else the reader's choice, else the system's. */
  get scheme(): 'light' | 'dark' {
    const wanted = this.schemeOverride;
    if (wanted !== 'auto') return wanted;
    return this.#darkQuery.current ? 'dark' : 'light';
  }

  /** The language asked for (URL, kept choice, browser); its messages may still be on their way. */
  get lang(): Lang {
    return languageFor(this.filters, this.#kept.lang);
  }

  /** The reader's choice of language: kept for the next visits, and written in the URL. */
  chooseLang(lang: Lang): void {
    this.#kept.lang = lang;
    this.navigate({ lang });
  }

  get reducedMotion(): boolean {
    return this.#reducedMotionQuery.current;
  }

  /** Starts following the browser's URL (back and forward included) and loads the bundled data. */
  start(): void {
    this.#href = location.href;
    addEventListener('popstate', () => (this.#href = location.href));
    void this.loadBundled().then(() => this.restoreUserFiles());
  }

  /**
   * Loads data/*.csv (parsed and validated at build time by the same loader) and links it. On the
   * map's attendance layer, the tables it needs come first and the rest once the browser is idle;
   * other views (and the membership layer) need the later tables, so they get both at once.
   */
  async loadBundled(): Promise<void> {
    this.#status = 'loading';
    try {
      const { view, embed, layer } = this.filters;
      const rest = view === 'map' && !embed && layer === 'attendance' ? undefined : loadBundledRest();
      const first = await loadBundledFirst();
      if (!rest) {
        this.#restLoading = true;
        this.#useBundled([first]);
        this.#status = 'ready';
        // When the browser has a quiet moment, at the latest after two seconds.
        await new Promise<void>((resolve) => whenIdle(resolve, 2000));
      }
      this.#useBundled([first, await (rest ?? loadBundledRest())]);
      this.#status = 'ready';
    } catch (error) {
      console.error(error);
      this.#status = 'failed';
    } finally {
      this.#restLoading = false;
    }
  }

  #useBundled(parts: BundledPart[]): void {
    this.#bundled = parts;
    void this.#rebuild();
  }

  /** Links the bundled tables with the user's files into the dataset every view reads. */
  async #rebuild(): Promise<void> {
    // Rebuilds can overlap (a file added while the rest of the data arrives): the newest wins.
    const seq = ++this.#rebuilds;
    const bundledTables = Object.assign({}, ...this.#bundled.map((p) => p.tables)) as BundledPart['tables'];
    const files = this.#userFiles;
    const tables = files.length
      ? (await import('./userFiles')).mergeTables(bundledTables, files)
      : bundledTables;
    const reports = [...this.#bundled.flatMap((p) => p.reports), ...files.flatMap((f) => f.reports)];
    if (seq !== this.#rebuilds) return;
    const { dataset, issues } = buildDataset(tables);
    // conferenceName, initiativeName and the like read the official names (data/names.csv) from here.
    setOfficialNames(dataset.names.map((n) => ({ ...n, table: n.table ?? '', lang: n.lang ?? '' })));
    this.#dataset = dataset;
    this.#reports = reports;
    this.#issues = [...reports.flatMap((r) => r.issues), ...issues];
  }

  /** The files the user loaded, with what reading each gave. */
  get userFiles(): UserFile[] {
    return this.#userFiles;
  }

  /** Why the user's files could not be kept for the next visit, if they could not. */
  get storageNotice(): string | null {
    return this.#storageNotice?.() ?? null;
  }

  /** Files being read now (big ones in the worker), with their progress; each can be cancelled. */
  get loadingFiles(): LoadingFile[] {
    return this.#loading;
  }

  /** Reads a stored file, listed as loading while it is read; undefined when cancelled. */
  async #read(stored: StoredFile): Promise<UserFile | undefined> {
    const [{ readStoredFile, rememberedMappings }, { WORKER_THRESHOLD }] = await Promise.all([
      import('./userFiles'),
      import('./ingest'),
    ]);
    const job: LoadingFile = {
      id: stored.id,
      name: stored.name,
      size: stored.size,
      progress: { phase: 'reading', done: 0, total: 0 },
      cancel: () => {},
    };
    const { vocabularyFor } = await import('./userFiles');
    const context = {
      remembered: await rememberedMappings(),
      vocabulary: await vocabularyFor(this.#userFiles),
    };
    const reading = readStoredFile(stored, context, (progress) => {
      this.#loading = this.#loading.map((j) => (j.id === job.id ? { ...j, progress } : j));
    });
    job.cancel = reading.cancel;
    this.#loading = [...this.#loading.filter((j) => j.id !== job.id), job];
    try {
      return await reading.result;
    } catch (error) {
      // Cancelled, or unreadable: the message says which.
      this.#loadNotice = error instanceof Error ? error.message : String(error);
      return undefined;
    } finally {
      this.#loading = this.#loading.filter((j) => j.id !== job.id);
      // That read used up the worker started ahead: start the next one.
      if (stored.size > WORKER_THRESHOLD) this.prepareLoader();
    }
  }

  /** Gets the loader ready for a big file (its worker started) while the user picks one. */
  prepareLoader(): void {
    void import('./ingest').then((m) => m.prepareWorker());
  }

  /** What became of the last file that could not be loaded (cancelled, or unreadable). */
  get loadNotice(): string | null {
    return this.#loadNotice;
  }

  /** Restores the files saved in this browser (called once at start; a notice if storage fails). */
  async restoreUserFiles(): Promise<void> {
    try {
      const { storedFiles } = await import('./userFiles');
      const stored = await storedFiles();
      if (!stored.length) return;
      const read = await Promise.all(stored.map((file) => this.#read(file)));
      this.#userFiles = read.filter((f): f is UserFile => f !== undefined);
      await this.#rebuild();
    } catch (error) {
      this.#storageNotice = () => t('common.storage.filesUnread', { reason: errorMessage(error) });
    }
  }

  /**
   * Reads a user's file through the same loader as the bundled data (in a worker when it is big)
   * and shows its rows; then keeps it in IndexedDB. If storage fails the rows stay for this visit,
   * with a notice. Undefined when the user cancelled the read.
   */
  async addUserFile(
    file: Blob & { name: string },
    options: { mode?: UserFileMode; kind?: StoredFile['kind'] } = {},
  ): Promise<UserFile | undefined> {
    // Where the benchmarks measure "from picked to shown" from.
    performance.mark('lpa-file-picked');
    const { WORKER_THRESHOLD } = await import('./ingest');
    this.#loadNotice = null;
    const big = file.size > WORKER_THRESHOLD;
    const stored: StoredFile = {
      id: `file-${Date.now().toString(36)}-${(this.#added++).toString(36)}`,
      name: file.name,
      size: file.size,
      // A big file is kept as it is; a small one as text (cheap, and readable anywhere).
      ...(big ? { blob: file } : { text: await file.text() }),
      mode: options.mode ?? 'add',
      ...(options.kind ? { kind: options.kind } : {}),
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, never mutated
      added: new Date().toISOString(),
    };
    const read = await this.#read(stored);
    if (!read) return undefined;
    this.#userFiles = [...this.#userFiles, read];
    await this.#rebuild();
    await this.#store(stored);
    return read;
  }

  async #store(stored: StoredFile): Promise<void> {
    const { storeFile } = await import('./userFiles');
    try {
      await storeFile(stored);
      this.#storageNotice = null;
    } catch (error) {
      this.#storageNotice = () => t('common.storage.thisVisitOnly', { reason: errorMessage(error) });
    }
  }

  /**
   * Changes how a loaded file is read: added or replacing (no new read), or its table and column
   * mapping (read again). A mapping is remembered for later files with the same headers.
   */
  async updateUserFile(
    id: string,
    patch: Pick<Partial<StoredFile>, 'mode' | 'kind' | 'mapping' | 'corrections'>,
  ): Promise<void> {
    const { storedPart, rememberMapping } = await import('./userFiles');
    const old = this.#userFiles.find((f) => f.id === id);
    if (!old) return;
    const stored = { ...storedPart(old), ...patch };
    // A new table without a new mapping: the old mapping named another table's columns.
    if (patch.kind && !patch.mapping) delete stored.mapping;
    let next: UserFile | undefined = { ...old, ...stored };
    if (patch.kind !== undefined || patch.mapping !== undefined || patch.corrections !== undefined) {
      next = await this.#read(stored);
      if (!next) return;
      const headers = old.reports[0]?.headers;
      // Only the columns are remembered for other files with these headers: one value for every row
      // (a conference, a source) belongs to this file.
      const columns = Object.fromEntries(
        Object.entries(patch.mapping ?? {}).filter(([, choice]) => typeof choice === 'string'),
      );
      if (patch.mapping && stored.kind && headers)
        await rememberMapping(headers, { kind: stored.kind, mapping: columns }).catch(() => undefined);
    }
    this.#userFiles = this.#userFiles.map((f) => (f.id === id ? next : f));
    await this.#rebuild();
    await this.#store(stored);
  }

  /** Removes one of the user's files (and forgets it in this browser). */
  async removeUserFile(id: string): Promise<void> {
    this.#userFiles = this.#userFiles.filter((f) => f.id !== id);
    await this.#rebuild();
    const { forgetFile } = await import('./userFiles');
    await forgetFile(id).catch(() => undefined);
  }

  /** Back to the bundled data: removes every file the user loaded. */
  async resetToBundled(): Promise<void> {
    const ids = this.#userFiles.map((f) => f.id);
    for (const id of ids) await this.removeUserFile(id);
  }

  /** The link for filters changed by `patch`, relative to the page (keeps any sub-path). */
  hrefFor(patch: Partial<Filters>): string {
    // Links carry the page's language whenever it is not English, so that a shared link, an embed or
    // a citation opens in the language it was made in.
    const lang = this.filters.lang ?? (this.lang === 'en' ? null : this.lang);
    const search = filtersToSearch({ ...this.filters, lang, ...patch });
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read-only parse, as above
    const url = new URL(this.#href);
    return `${url.pathname}${search}${url.hash}`;
  }

  /**
   * Changes filters by writing the URL. Discrete choices push a history entry (back undoes them);
   * continuous ones (sliders, drags) pass `replace` so they do not flood the history.
   */
  navigate(patch: Partial<Filters>, options: { replace?: boolean } = {}): void {
    const href = this.hrefFor(patch);
    if (href === `${location.pathname}${location.search}${location.hash}`) return;
    if (options.replace) history.replaceState(history.state, '', href);
    else history.pushState(null, '', href);
    this.#href = location.href;
  }
}

/** The app's single store. */
export const app = new AppState();
