import type { AnyNode, Element } from 'domhandler';

// Tags whose start or end breaks a line of text; everything else is inline.
const BLOCK = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'table', 'tr', 'td', 'th',
  'section', 'article', 'header', 'footer', 'aside', 'figure', 'figcaption', 'center', 'pre', 'dl', 'dt', 'dd', 'hr', 'main', 'address',
]);
export const NON_CONTENT = new Set([
  'script', 'style', 'noscript', 'iframe', 'form', 'button', 'svg', 'select', 'textarea', 'link', 'meta', 'object',
  'embed', 'video', 'audio', 'canvas', 'template', 'input', 'img', 'picture', 'source', 'head', 'title',
]);

export interface TextLine {
  text: string;
  /** Share of the line's characters that sit inside links (1 = the line is a link). */
  linkRatio: number;
}

/** Reads an element's text as lines, breaking at block elements and `<br>`, as a browser would lay it out. */
export function collectLines(root: AnyNode): TextLine[] {
  const lines: TextLine[] = [];
  let text = '';
  let linkChars = 0;
  const flush = () => {
    const clean = text.replace(/[\s\u00a0]+/g, ' ').trim();
    if (clean) lines.push({ text: clean, linkRatio: Math.min(1, linkChars / clean.length) });
    text = '';
    linkChars = 0;
  };
  const walk = (node: AnyNode, inLink: boolean) => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      text += data;
      if (inLink) linkChars += data.replace(/\s+/g, '').length + 1;
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const name = el.name;
    if (NON_CONTENT.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    const link = inLink || name === 'a';
    for (const child of el.children) walk(child, link);
    if (block) flush();
  };
  walk(root, false);
  flush();
  return lines;
}

/** Plain text of a node, whitespace collapsed. */
export function textOf(node: AnyNode): string {
  return collectLines(node).map((l) => l.text).join(' ');
}
