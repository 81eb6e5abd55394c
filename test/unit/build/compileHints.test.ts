import { describe, expect, test } from 'vitest';
import type { Rollup } from 'vite';
import { COMPILE_HINT, compileHints } from '../../../scripts/lib/compileHintsPlugin';

type Handler = (options: Rollup.NormalizedOutputOptions, bundle: Rollup.OutputBundle) => void;

/** A bundle as Vite hands it over: a chunk with its source map, the map's file, a stylesheet. */
function bundle(): Rollup.OutputBundle {
  return {
    'assets/app.js': {
      type: 'chunk',
      fileName: 'assets/app.js',
      code: 'const __vite__mapDeps=1;\nexport const a = 1;\n',
      map: { mappings: ';AAAA' },
    },
    'assets/app.js.map': {
      type: 'asset',
      fileName: 'assets/app.js.map',
      source: JSON.stringify({ version: 3, mappings: ';AAAA' }),
    },
    'assets/style.css': { type: 'asset', fileName: 'assets/style.css', source: 'a{}' },
  } as unknown as Rollup.OutputBundle;
}

describe('V8’s compile hint heads every chunk', () => {
  test('first line of each chunk, its source map moved down a line; stylesheets untouched; added once', () => {
    const { handler } = compileHints().generateBundle as { handler: Handler };
    const files = bundle();
    handler.call({} as never, {} as never, files);
    handler.call({} as never, {} as never, files);
    const app = files['assets/app.js'] as Rollup.OutputChunk;
    expect(app.code.split('\n').slice(0, 2)).toEqual([COMPILE_HINT, 'const __vite__mapDeps=1;']);
    expect(app.map?.mappings).toBe(';;AAAA');
    const map = files['assets/app.js.map'] as Rollup.OutputAsset;
    expect(JSON.parse(map.source as string)).toEqual({ version: 3, mappings: ';;AAAA' });
    expect((files['assets/style.css'] as Rollup.OutputAsset).source).toBe('a{}');
  });
});
