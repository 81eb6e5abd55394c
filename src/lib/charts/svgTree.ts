/**
 * A chart as plain data: an SVG element tree that a pure spec builder returns and `toSvgElement`
 * turns into DOM, in the page or under JSDOM (`npm run render`, the snapshot tests). The map is
 * drawn this way, without Plot, so that the first view does not load Plot.
 */

/** One SVG element: its tag, its attributes (in order) and its children. */
export interface SvgNode {
  tag: string;
  attributes: Record<string, string>;
  children?: SvgNode[];
  /** Text content, set as text (never parsed as markup). */
  text?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Builds the DOM of an SVG tree in `document`: `{tag: 'svg', attributes: {width: '10'}}` → `<svg width="10">`. */
export function toSvgElement(node: SvgNode, document: Document): SVGElement {
  const element = document.createElementNS(SVG_NS, node.tag) as SVGElement;
  for (const name in node.attributes) element.setAttribute(name, node.attributes[name]!);
  if (node.text !== undefined) element.textContent = node.text;
  if (node.children) for (const child of node.children) element.append(toSvgElement(child, document));
  return element;
}
