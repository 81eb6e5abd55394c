/**
 * A Vite plugin that gives Plot its own copy of d3. Each d3 package is one module file, and a
 * bundler keeps in that file every function any chunk uses: so, sharing d3 with Plot, the first
 * page (a map drawn with d3-geo alone) loaded the d3 code Plot uses too (every projection, scales,
 * curves, time formats). Resolving the d3 that Plot imports to a marked twin of each file gives
 * the two their own modules; each keeps only what its users need. Plot's chunk, loaded with the
 * timeline and themes views, carries the few functions both use a second time.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const MARK = '?plot-d3';

export function plotOwnD3(): Plugin {
  return {
    name: 'plot-own-d3',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/^d3(-[a-z-]+)?$/.test(source)) return null;
      const fromPlot = importer.includes('/node_modules/@observablehq/plot/') || importer.endsWith(MARK);
      if (!fromPlot) return null;
      const resolved = await this.resolve(source, importer.replace(MARK, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      // d3's packages declare no side effects; the twin keeps that, so unused code is dropped.
      return { id: resolved.id + MARK, moduleSideEffects: false };
    },
    load(id) {
      return id.endsWith(MARK) ? readFileSync(id.slice(0, -MARK.length), 'utf8') : null;
    },
  };
}
