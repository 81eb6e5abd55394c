/**
 * A Vite plugin that tells the bundler what d3's own package files already promise: their top-level
 * values have no side effects. d3-shape's single-file build makes each curve by calling a function
 * at load (`var bundle = (function custom(beta) {…})(0.85)`); the bundler cannot see that such a
 * call is pure, so it kept every curve in the first view, which draws only symbols. Marking those
 * calls `/*#__PURE__*\/` lets it drop the ones no module uses.
 */
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

// A top-level `var|let|const name = ` followed by a call: a function expression called at once, or
// a named function called (`curveRadial(curveLinear)`, `sqrt(3)`).
const TOP_LEVEL_CALL = /^((?:var|let|const) [\w$]+ = )(?=\(function\b|[\w$]+\()/gm;

export function d3Pure(): Plugin {
  return {
    name: 'atlas:d3-pure',
    transform(code, id) {
      if (!/\/node_modules\/d3-[a-z-]+\/dist\/[\w-]+\.mjs(\?|$)/.test(id)) return null;
      const s = new MagicString(code);
      for (const m of code.matchAll(TOP_LEVEL_CALL)) s.appendLeft(m.index + m[1]!.length, '/*#__PURE__*/');
      return s.hasChanged()
        ? { code: s.toString(), map: s.generateMap({ hires: 'boundary', source: id }) }
        : null;
    },
  };
}
