/**
 * An embed's inline stylesheet cut to the rules its own markup can use. The embed stylesheet
 * (src/styles/embed.css) serves every embed: Tailwind keeps a utility when its name occurs in any
 * embed source file, and the kit's rules style every chart. One frame shows one chart, so each
 * embed's page keeps only the rules whose classes occur in what that frame can show: its page,
 * the markup its scripts fetch later (the wide artboard) and the class names its scripts write
 * (the tooltip). About 1 KB gzipped of each chart embed, and less CSS to parse and match before
 * the chart's first paint.
 *
 * Safe by construction: a rule is dropped only if every selector of it names a class (outside
 * :not() and outside a selector list in :is()/:where()/:has()) that occurs nowhere in that text,
 * so it can match no element the frame will ever hold. Tailwind's own custom properties
 * (--tw-*) and theme variables are dropped once no kept declaration and no markup refers to them.
 *
 * Why not PurgeCSS (npm `purgecss` 8, measured on all 388 embeds, session 5): over the same inputs,
 * with a Tailwind-aware extractor and the layout's <html>/<body> in its content, its gzipped CSS
 * per embed differed by -5 to +10 B on the 383 claim and figure embeds and by -35 to -118 B on
 * the five chart embeds, but it dropped `:focus-visible` and `[hidden]`: keyboard focus in an
 * embed lost the site's ring (screenshots). Safelisting those made it 55-71 B larger than this on
 * the 383 record embeds (16-58 B smaller on the chart embeds), and it took 1.7-2.3x as long. It matches on every word of a
 * selector (tags, attributes, ids), so each layout-only element, script-set attribute or bare
 * pseudo-class needs a safelist entry; this drops a rule only for a class that occurs nowhere.
 */
import postcss, { type AtRule, type ChildNode, type Container, type Declaration, type Rule } from 'postcss';

/**
 * Every token that could be a class name in the given texts (markup, script source), and each
 * class of a class attribute whole: Tailwind's `aria-[current=page]:underline` holds an "=".
 */
export function classTokens(texts: readonly string[]): Set<string> {
  const tokens = new Set<string>();
  for (const text of texts) {
    for (const t of text.split(/[\s"'`<>=,;{}\\]+/)) if (t) tokens.add(t);
    for (const m of text.matchAll(/\sclass="([^"]*)"/g)) for (const t of m[1].split(/\s+/)) if (t) tokens.add(t);
  }
  return tokens;
}

/** The classes a selector cannot match without (see above). */
export function requiredClasses(selector: string): string[] {
  let s = selector;
  // innermost groups first: :not(…) and selector lists (a comma inside parentheses) require nothing
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(/:not\([^()]*\)/g, '').replace(/\([^()]*,[^()]*\)/g, '');
  }
  return [...s.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1].replace(/\\(.)/g, '$1'));
}

const isEmpty = (node: Container) => !node.nodes || node.nodes.every((n) => n.type === 'comment');

/** `css` without the rules no element of `markup` (class names from the page, its fetched parts and its scripts) can match. */
export function pruneCss(css: string, present: Set<string>): string {
  const root = postcss.parse(css);
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
    const kept = rule.selectors.filter((sel) => requiredClasses(sel).every((c) => present.has(c)));
    if (!kept.length) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // custom properties: Tailwind's own (--tw-*) and the theme's, once nothing refers to them
  const markup = [...present].join(' ');
  for (let changed = true; changed;) {
    changed = false;
    const used = new Set<string>();
    root.walkDecls((d: Declaration) => { for (const m of d.value.matchAll(/var\((--[\w-]+)/g)) used.add(m[1]); });
    const unused = (name: string) => !used.has(name) && !markup.includes(name);
    root.walkDecls((d: Declaration) => {
      if (!d.prop.startsWith('--')) return;
      const theme = d.parent?.parent?.type === 'atrule' && (d.parent.parent as AtRule).name === 'layer' && (d.parent.parent as AtRule).params === 'theme';
      if ((d.prop.startsWith('--tw-') || theme) && unused(d.prop)) { d.remove(); changed = true; }
    });
    root.walkAtRules('property', (a: AtRule) => { if (a.params.startsWith('--tw-') && unused(a.params)) { a.remove(); changed = true; } });
  }
  // what the removals emptied: rules and blocks (a bodiless @layer statement declares the order and stays)
  const sweep = (node: Container) => {
    node.each((child: ChildNode) => {
      if (child.type === 'rule' || (child.type === 'atrule' && child.nodes)) {
        sweep(child as Container);
        if (isEmpty(child as Container)) child.remove();
      }
    });
  };
  sweep(root);
  return root.toString();
}
