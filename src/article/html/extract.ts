/**
 * Main-text extraction: find the element that holds the article's paragraphs, then read its blocks
 * in order (paragraphs, subheadings, quotes, captions), leaving out page furniture: navigation,
 * share bars, related-story and promo boxes, tag lists, comments, hidden parts and link lists.
 */
import { loadHtmlData } from './data.js';
import { arabicCount, fold } from './text.js';

export type BlockKind = 'p' | 'heading' | 'quote' | 'caption' | 'item';

export interface Block {
  text: string;
  kind: BlockKind;
  el: Element;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'figure', 'figcaption', 'ul', 'ol', 'li', 'table', 'tbody', 'thead', 'tr', 'td', 'th',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'aside', 'nav', 'form', 'dl', 'dt', 'dd', 'pre', 'address', 'hr', 'center', 'details', 'summary',
]);

const ELEMENT = 1;
const TEXT = 3;

function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

/** class + id + role + aria-label + itemprop, for pattern tests. */
export function signature(el: Element): string {
  return [el.getAttribute('class'), el.getAttribute('id'), el.getAttribute('role'), el.getAttribute('aria-label'), el.getAttribute('itemprop'), el.getAttribute('data-component')]
    .filter(Boolean)
    .join(' ');
}

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** An element that is never article text whatever its contents. */
export function isFurniture(el: Element): boolean {
  const d = loadHtmlData();
  const tag = tagOf(el);
  if (d.boilerplate.dropTags.includes(tag)) return true;
  const role = el.getAttribute('role');
  if (role && d.boilerplate.dropRoles.includes(role.toLowerCase())) return true;
  return isHidden(el);
}

function isNegative(el: Element): boolean {
  const d = loadHtmlData();
  const sig = signature(el);
  return !!sig && d.negativeRe.test(sig) && !d.positiveRe.test(sig);
}

/** Text of an element without furniture inside it, folded. */
export function visibleText(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === TEXT) out += n.textContent ?? '';
    else if (n.nodeType === ELEMENT) {
      const e = n as Element;
      if (isFurniture(e)) return;
      if (tagOf(e) === 'br') out += ' ';
      for (const c of Array.from(e.childNodes)) walk(c);
      if (BLOCK_TAGS.has(tagOf(e))) out += ' ';
    }
  };
  walk(el);
  return fold(out);
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += fold(a.textContent ?? '').length;
  return n;
}

/**
 * Score the page's containers by the Arabic paragraph text they hold (Readability's idea: a paragraph
 * credits its parent fully and its grandparent by half), lowered by link density and furniture names.
 */
export function findContainer(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  const paras = Array.from(doc.querySelectorAll('p, pre, blockquote, div, td'));
  for (const p of paras) {
    if (tagOf(p) === 'div' || tagOf(p) === 'td') {
      // A div counts as a paragraph only when it holds text directly (br-separated text).
      let direct = '';
      for (const c of Array.from(p.childNodes)) if (c.nodeType === TEXT) direct += c.textContent ?? '';
      if (arabicCount(direct) < 60) continue;
    }
    if (p.closest('nav, footer, aside, header, [role=navigation], [role=complementary]')) continue;
    const text = fold(p.textContent ?? '');
    const ar = arabicCount(text);
    if (ar < 25) continue;
    if (linkTextLength(p) / Math.max(1, text.length) > 0.5) continue;
    const commas = (text.match(/[،,.]/g) ?? []).length;
    const score = 1 + Math.min(ar / 100, 3) + Math.min(commas, 5) * 0.2;
    let anc = p.parentElement;
    let weight = 1;
    for (let level = 0; anc && level < 3; level++) {
      scores.set(anc, (scores.get(anc) ?? 0) + score * weight);
      weight = level === 0 ? 0.5 : 0.2;
      anc = anc.parentElement;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  const d = loadHtmlData();
  for (const [el, s0] of scores) {
    const tag = tagOf(el);
    if (tag === 'html' || tag === 'body') continue;
    const text = fold(el.textContent ?? '');
    const density = linkTextLength(el) / Math.max(1, text.length);
    let s = s0 * (1 - Math.min(density, 0.9));
    const sig = signature(el);
    if (sig && d.positiveRe.test(sig)) s *= 1.25;
    else if (sig && d.negativeRe.test(sig)) s *= 0.6;
    if (isHidden(el)) s *= 0.1;
    if (s > bestScore) {
      bestScore = s;
      best = el;
    }
  }
  return best;
}

/**
 * Siblings of the container that read as article paragraphs (a lead paragraph in its own box before
 * the body box, as Sputnik's `b-article__lead`): text-shaped, few links, not furniture.
 */
export function paragraphSiblings(container: Element, skip: Set<Element>): { before: Element[]; after: Element[] } {
  const before: Element[] = [];
  const after: Element[] = [];
  const parent = container.parentElement;
  if (!parent) return { before, after };
  let seen = false;
  for (const c of Array.from(parent.children)) {
    if (c === container) {
      seen = true;
      continue;
    }
    if (isFurniture(c) || isNegative(c) || skip.has(c) || c.querySelector('h1')) continue;
    if ([...skip].some((s) => c.contains(s))) continue;
    const text = fold(c.textContent ?? '');
    if (arabicCount(text) < 80 || text.length > 2000) continue;
    if (linkTextLength(c) / text.length > 0.25) continue;
    if (!/[.!؟?»"]\s*$/.test(text)) continue;
    if (!c.querySelector('p') && c.tagName.toLowerCase() !== 'p') continue;
    (seen ? after : before).push(c);
  }
  // Only siblings next to the container count, not anything elsewhere in the parent.
  return { before: before.slice(-1), after: after.slice(0, 1) };
}

/**
 * Drop trailing blocks that sit in a different kind of box from the one holding most of the body
 * (comment notices, author bios after a divider). A block's box kind is its parent's tag and class and
 * its depth, so bodies that wrap every paragraph in its own identical box keep all of them.
 */
export function trimForeignTail(blocks: Block[]): Block[] {
  if (blocks.length < 3) return blocks;
  const kindOf = (b: Block): string => {
    const p = b.el.parentElement;
    let depth = 0;
    for (let a = b.el.parentElement; a; a = a.parentElement) depth++;
    return `${p?.tagName ?? ''}.${p?.getAttribute('class') ?? ''}@${depth}`;
  };
  const weight = new Map<string, number>();
  for (const b of blocks) weight.set(kindOf(b), (weight.get(kindOf(b)) ?? 0) + b.text.length);
  let main = '';
  let best = 0;
  for (const [k, w] of weight) if (w > best) [main, best] = [k, w];
  let end = blocks.length;
  while (end > 1 && kindOf(blocks[end - 1]!) !== main) end--;
  const cut = blocks.slice(end);
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  const cutLen = cut.reduce((n, b) => n + b.text.length, 0);
  return cut.length <= 3 && cutLen <= total * 0.2 ? blocks.slice(0, end) : blocks;
}

/** The blocks of `container` in reading order, furniture removed. */
export function readBlocks(container: Element, skip: Set<Element>): Block[] {
  const blocks: Block[] = [];
  let run = '';
  let runEl: Element = container;
  let runLinks = 0;
  const flush = () => {
    const t = fold(run);
    if (t && runLinks / t.length <= 0.5) blocks.push({ text: t, kind: 'p', el: runEl });
    run = '';
    runLinks = 0;
  };
  const inlineText = (n: Node, inLink: boolean) => {
    if (n.nodeType === TEXT) {
      const t = n.textContent ?? '';
      run += t;
      if (inLink) runLinks += fold(t).length;
    } else if (n.nodeType === ELEMENT) {
      const e = n as Element;
      if (isFurniture(e) || skip.has(e)) return;
      const tag = tagOf(e);
      if (tag === 'br') {
        // Two line breaks in a row end a paragraph; one is a space.
        if (/\n\s*$/.test(run) || /<br>$/.test(run)) flush();
        else run += '\n';
        return;
      }
      if (tag === 'img') return;
      for (const c of Array.from(e.childNodes)) inlineText(c, inLink || tag === 'a');
    }
  };
  const kindOf = (tag: string): BlockKind => {
    if (/^h[2-6]$/.test(tag)) return 'heading';
    if (tag === 'blockquote') return 'quote';
    if (tag === 'figcaption') return 'caption';
    if (tag === 'li' || tag === 'dd') return 'item';
    return 'p';
  };
  const hasBlockChild = (e: Element) => Array.from(e.children).some((c) => BLOCK_TAGS.has(tagOf(c)) && !isFurniture(c));
  const walk = (e: Element) => {
    for (const n of Array.from(e.childNodes)) {
      if (n.nodeType === TEXT) {
        if (!run) runEl = e;
        run += n.textContent ?? '';
        continue;
      }
      if (n.nodeType !== ELEMENT) continue;
      const c = n as Element;
      if (isFurniture(c) || skip.has(c)) continue;
      const tag = tagOf(c);
      if (!BLOCK_TAGS.has(tag)) {
        if (tag === 'br') {
          if (/\n[ \t]*$/.test(run)) flush();
          else run += '\n';
          continue;
        }
        if (!run) runEl = c;
        inlineText(c, tag === 'a');
        continue;
      }
      flush();
      if (isNegative(c)) continue;
      if (tag === 'ul' || tag === 'ol' || tag === 'table' || tag === 'dl') {
        // Lists and tables inside a body are kept only when they read as text, not as link lists.
        const t = fold(c.textContent ?? '');
        if (!t || linkTextLength(c) / t.length > 0.3) continue;
      }
      if (hasBlockChild(c)) {
        walk(c);
        flush();
        continue;
      }
      runEl = c;
      for (const k of Array.from(c.childNodes)) {
        if (k.nodeType === ELEMENT && tagOf(k as Element) === 'br') {
          if (/\n[ \t]*$/.test(run)) flush();
          else run += '\n';
        } else inlineText(k, false);
      }
      const t = fold(run);
      const links = runLinks;
      run = '';
      runLinks = 0;
      if (t && (links === 0 ? linkTextLength(c) : links) / t.length <= 0.5) blocks.push({ text: t, kind: kindOf(tag), el: c });
    }
  };
  walk(container);
  flush();
  return blocks;
}
