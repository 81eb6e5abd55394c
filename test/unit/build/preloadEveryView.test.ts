import { describe, expect, test } from 'vitest';
import type { IndexHtmlTransformContext, IndexHtmlTransformHook, Rollup } from 'vite';
import { preloadEveryView } from '../../../scripts/lib/preloadEveryViewPlugin';
import { BOOT, matchesAny } from '../../../src/firstView';

const chunk = (
  fileName: string,
  facadeModuleId: string | null,
  imports: string[] = [],
  dynamicImports: string[] = [],
) => [fileName, { type: 'chunk', fileName, facadeModuleId, imports, dynamicImports }] as const;

/** The page's entry imports the boot module and a view dynamically; the boot module imports the shell. */
const bundle = Object.fromEntries([
  chunk('assets/index.js', '/app/src/main.ts', [], ['assets/mountApp.js', 'assets/MapView.js']),
  chunk('assets/mountApp.js', '/app/src/mountApp.ts', ['assets/app.js', 'assets/index.js']),
  chunk('assets/app.js', null, ['assets/index.js']),
  chunk('assets/MapView.js', '/app/src/views/MapView.svelte', ['assets/app.js']),
]) as unknown as Rollup.OutputBundle;

describe('the built page lists the chunks every view needs', () => {
  test('the boot module and what it imports are preloaded; a view’s own chunk and the entry are not', () => {
    const plugin = preloadEveryView(matchesAny(BOOT));
    const { handler } = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
    const context = { bundle, chunk: bundle['assets/index.js'] } as unknown as IndexHtmlTransformContext;
    const tags = handler.call({} as never, '<html></html>', context) as unknown as {
      attrs: { rel: string; href: string };
    }[];
    expect(tags.map((t) => [t.attrs.rel, t.attrs.href])).toEqual([
      ['modulepreload', './assets/mountApp.js'],
      ['modulepreload', './assets/app.js'],
    ]);
  });
});
