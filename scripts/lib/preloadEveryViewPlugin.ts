/**
 * A Vite plugin that lists, in the built page's head, the chunks every first view loads whichever
 * view it is (the boot module, the shell, the first tables, and what they import), as
 * `<link rel="modulepreload">`. The entry imports them dynamically (so that it can start the map's
 * own files at the same time), which leaves the browser unaware of them until the entry has arrived
 * and run, itself after the stylesheet; listed in the page, they download alongside both. The
 * chunks of one view only (the map's shapes, the timeline's Plot) stay with the entry, which picks
 * them from the URL.
 */
import type { Plugin, Rollup } from 'vite';

/** `isBoot(id)`: whether a module the entry imports dynamically is one every first view loads. */
export function preloadEveryView(isBoot: (id: string) => boolean): Plugin {
  return {
    name: 'lpa-preload-every-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const { bundle, chunk: entry } = ctx;
        if (!bundle || !entry) return [];
        const files = new Set<string>();
        const add = (fileName: string): void => {
          const chunk = bundle[fileName] as Rollup.OutputChunk | undefined;
          if (!chunk || chunk.type !== 'chunk' || files.has(fileName) || fileName === entry.fileName) return;
          files.add(fileName);
          chunk.imports.forEach(add);
        };
        for (const fileName of entry.dynamicImports) {
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk' && chunk.facadeModuleId && isBoot(chunk.facadeModuleId)) add(fileName);
        }
        return [...files].map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
