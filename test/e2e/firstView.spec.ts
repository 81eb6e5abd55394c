/**
 * The chunks the built page loads for its first view, whichever view it is, against what
 * src/firstView.ts declares: a module that slips into them (an import added to a shell component
 * that pulls in Plot, say) or a declared one that leaves them fails here, naming it. Reads dist/ as
 * built for the browser tests; each chunk's modules come from its source map.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { messageIds } from '../../scripts/lib/messageKeysPlugin';
import { BOOT, BOOT_CHUNK, ENTRY, FIRST_TABLES, SHELL, SHELL_CHUNK, matchesAny } from '../../src/firstView';

const html = readFileSync('dist/index.html', 'utf8');
const entry = /<script type="module"[^>]*\ssrc="\.\/([^"]+)"/.exec(html)![1]!;
const preloaded = [
  ...new Set([...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\.\/([^"]+)"/g)].map((m) => m[1]!)),
];
/** A chunk's name, as the bundler gives it, without its hash: `assets/app-dc8HFSgd.js` → `app`. */
const nameOf = (file: string): string => file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');
/** The modules a chunk holds, from its source map, as paths from the project root. */
function modulesOf(file: string): string[] {
  const map = `dist/${file}.map`;
  if (!existsSync(map)) return [];
  const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
  return sources.map((s) => relative(process.cwd(), resolve('dist/assets', s)).replace(/\\/g, '/'));
}
const chunk = (name: string): string => {
  const file = preloaded.find((f) => nameOf(f) === name);
  if (!file) throw new Error(`no chunk ${name} among the page's preloads: ${preloaded.join(', ')}`);
  return file;
};
const baseName = (id: string): string => id.replace(/^.*\//, '').replace(/\.\w+$/, '');

describe('the first view loads what src/firstView.ts declares, and nothing else', () => {
  test('the entry holds only the boot code', () => {
    expect(modulesOf(entry).sort()).toEqual([...ENTRY].sort());
  });

  test('the page preloads the boot module, the shell and the first tables (and Vite’s preload helper)', () => {
    expect(preloaded.map(nameOf).sort()).toEqual(
      [...BOOT.map(baseName), SHELL_CHUNK, 'preload-helper'].sort(),
    );
  });

  test('the boot module’s chunk holds what is declared for it', () => {
    expect(modulesOf(chunk('mountApp')).sort()).toEqual([...BOOT_CHUNK].sort());
  });

  test('every module in the shell chunk is declared, and every declared pattern is in it', () => {
    const modules = modulesOf(chunk(SHELL_CHUNK));
    expect(modules.length).toBeGreaterThan(50);
    const inShell = matchesAny(SHELL);
    expect(
      modules.filter((m) => !inShell(m)),
      'in the shell chunk, not declared in SHELL',
    ).toEqual([]);
    // (Source maps list no JSON module: the generated country list is looked for by name below.)
    const unused = SHELL.filter((glob) => !glob.endsWith('.json') && !modules.some(matchesAny([glob])));
    expect(unused, 'declared in SHELL, not in the shell chunk').toEqual([]);
    const assets = readdirSync('dist/assets').map((f) => nameOf(`assets/${f}`));
    expect(assets.filter((name) => name === 'countries')).toEqual([]);
  });

  test('the first data chunk holds the first tables and only those', () => {
    const code = readFileSync(`dist/${chunk('first')}`, 'utf8');
    const tables = [...code.matchAll(/"(\w+)":\{"keys"/g)].map((m) => m[1]);
    expect(tables.sort()).toEqual([...FIRST_TABLES].sort());
  });

  test('no other chunk is loaded before the app mounts: the entry imports the rest on demand', () => {
    const files = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(preloaded.length + 1);
    const entryCode = readFileSync(`dist/${entry}`, 'utf8');
    // Static imports of the entry are exactly the preload helper (its other imports are dynamic).
    const staticImports = [...entryCode.matchAll(/^import[^'"]*['"]\.\/([^'"]+)['"]/gm)].map((m) =>
      nameOf(m[1]!),
    );
    expect(staticImports).toEqual(['preload-helper']);
  });
});

describe('the first view’s English words are in its own code, with no catalogue', () => {
  /** A chunk and every chunk it imports statically, recursively (file names under dist/). */
  function withImports(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const code = readFileSync(`dist/${file}`, 'utf8');
    for (const m of code.matchAll(/\bfrom\s*"\.\/([\w.-]+\.js)"/g)) withImports(`assets/${m[1]}`, seen);
    return seen;
  }

  test('the map’s first view names the language menu’s label with its English beside it, and imports no English catalogue', () => {
    const mapView = readdirSync('dist/assets').find((f) => /^MapView-[\w-]{8}\.js$/.test(f))!;
    const files = new Set([entry, ...preloaded, `assets/${mapView}`].flatMap((f) => [...withImports(f)]));
    // The whole English catalogue is a chunk of its own (src/lib/i18n/catalogues/en.ts), for a
    // message no module names; the first view does not load it.
    const catalogue = readdirSync('dist/assets').filter((f) => /^en-[\w-]{8}\.js$/.test(f));
    expect(catalogue).toHaveLength(1);
    expect([...files].map(nameOf)).not.toContain('en');
    // The build writes each key as its short id (scripts/lib/messageKeysPlugin.ts), and the module
    // that names it adds its English: `{_7:"Language"}`, the minifier writing any of three quotes.
    const code = [...files].map((f) => readFileSync(`dist/${f}`, 'utf8')).join('\n');
    const id = messageIds().get('common.language')!;
    expect(code).toMatch(new RegExp(`[{,]${id}:[\`'"]Language[\`'"]`));
  });
});
