/**
 * Checks the explainer pages (`content/pages/*.mdx`) the way the data collections are checked:
 * front matter against its schema, the MDX parsed by the same parser Astro renders it with
 * (Sätteri), every element a component the page can render (an unknown or lower-case one would
 * render as nothing and silently drop a figure), every `<Claim>`, `<Fact>` and `<Chart>` id
 * resolving, and no file that would be silently skipped. Astro renders the pages; this pass
 * makes broken ones fail the build with the file and line.
 */
import { readdir } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { mdxToMdast } from 'satteri';
import { makePageSchema } from '../../schemas/pages.ts';
import { IsoDate } from '../../schemas/common.ts';
import { checkCitations } from './citations.ts';
import type { Problem } from './load.ts';
import { fieldLines, lineIn, parseYaml, readUtf8, yamlValue } from './source.ts';

export const PAGES_DIR = 'pages';
export const HOME_PAGE = 'home';

/**
 * The components each page is rendered with: `src/pages/[page].astro` passes these,
 * `src/pages/index.astro` (the home page) no Chart or Timeline. A test keeps these lists equal
 * to the `components={{ … }}` of those files.
 */
export const PAGE_COMPONENTS = ['Claim', 'Fact', 'Chart', 'Timeline', 'Status'] as const;
export const HOME_COMPONENTS = ['Claim', 'Fact', 'Status'] as const;

/** HTML elements prose may use directly. Anything else lower-case is a misspelt component. */
const HTML_ELEMENTS = new Set(
  ('a abbr b bdi bdo blockquote br cite code data dd del details dfn div dl dt em figcaption figure ' +
    'h2 h3 h4 h5 h6 hr i ins kbd li mark ol p q s samp section small span strong sub summary sup ' +
    'table tbody td th thead time tr u ul var wbr aside').split(' '),
);

/** Splits `---` front matter from the body; `bodyLine` is the 0-based line the body starts at. */
export function splitFrontMatter(text: string): { front: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return undefined;
  return { front: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length - 1 };
}

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdxNode[];
}

function* jsxElements(node: MdxNode): Generator<MdxNode> {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') yield node;
  for (const child of node.children ?? []) yield* jsxElements(child);
}

/** The closest known name, to suggest for a misspelling (`claim`, `Claimm`, `Chrat`). */
function suggestion(name: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
    }
    return d[a.length][b.length];
  };
  return known.find((k) => distance(name.toLowerCase(), k.toLowerCase()) <= 2);
}

/** Problems with the MDX body: syntax, unknown elements, and `<Chart id>` that names no chart. */
function checkElements(file: string, text: string, components: readonly string[], chartIds: readonly string[]): Problem[] {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(text) as unknown as MdxNode;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /^(\d+):(\d+): /.exec(message);
    return [{ file, line: at ? Number(at[1]) : undefined, collection: 'pages', message: `MDX syntax: ${at ? message.slice(at[0].length) : message}` }];
  }
  const problems: Problem[] = [];
  for (const el of jsxElements(tree)) {
    const line = el.position?.start.line;
    const name = el.name ?? '';
    if (name === '') continue; // a fragment <>…</>
    if (!components.includes(name) && !HTML_ELEMENTS.has(name)) {
      const near = suggestion(name, components);
      const allowed = `this page can use ${components.map((c) => `<${c}>`).join(', ')} (names are case-sensitive)`;
      problems.push({
        file, line, collection: 'pages', field: `<${name}>`,
        message: `unknown element <${name}>: it would render as nothing${near ? ` (did you mean <${near}>?)` : ''}; ${allowed}`,
      });
      continue;
    }
    const attr = (n: string) => el.attributes?.find((a) => a.name === n)?.value;
    if (name === 'Timeline') {
      // A timeline whose dates do not parse silently lists nothing.
      const [from, to] = [attr('from'), attr('to')];
      const bad = (['from', 'to'] as const).filter((k) => !IsoDate.safeParse(attr(k)).success);
      if (bad.length) problems.push({ file, line, collection: 'pages', field: '<Timeline>', message: `<Timeline> needs ${bad.map((k) => `${k}="YYYY-MM-DD"`).join(' and ')}, a real date written as a plain string` });
      else if (String(from) > String(to)) problems.push({ file, line, collection: 'pages', field: '<Timeline>', message: `<Timeline from="${String(from)}" to="${String(to)}">: from is after to, so it would list nothing` });
      continue;
    }
    if (name !== 'Chart') continue;
    const id = attr('id');
    if (typeof id !== 'string') {
      problems.push({ file, line, collection: 'pages', field: '<Chart>', message: '<Chart> needs an id="…" attribute written as a plain string' });
    } else if (!chartIds.includes(id)) {
      problems.push({ file, line, collection: 'pages', field: `charts/${id}`, message: `<Chart id="${id}">: no such chart; charts are ${chartIds.join(', ')}` });
    }
  }
  return problems;
}

export interface PageCheckContext {
  /** Every entry id per collection, valid or not, so a broken record is reported once, where it is. */
  ids: Map<string, Set<string>>;
  chartIds: readonly string[];
  /** Collections with a file or folder that could not be read: links into them are not checked one by one. */
  unreadable: Set<string>;
}

export async function checkPages(root: string, { ids, chartIds, unreadable }: PageCheckContext): Promise<{ problems: Problem[]; unchecked: Map<string, number> }> {
  const dir = join(root, PAGES_DIR);
  const items = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const problems: Problem[] = [];
  const unchecked = new Map<string, number>();
  const schema = makePageSchema();
  const orders = new Map<number, string>();
  for (const item of items.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, item.name);
    const file = relative(process.cwd(), path) || path;
    const page = (message: string, line?: number, field?: string) => problems.push({ file, line, collection: 'pages', field, message });
    if (!item.isFile() || extname(item.name) !== '.mdx' || item.name.startsWith('.')) {
      page('only .mdx files are read here: this would be ignored, so move or rename it');
      continue;
    }
    const read = await readUtf8(path);
    if (!('text' in read)) {
      page(read.message, read.line);
      continue;
    }
    if (read.text.startsWith('\uFEFF')) {
      page('the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM', 1);
      continue;
    }
    const parts = splitFrontMatter(read.text);
    if (!parts) {
      page('front matter missing: start the file with --- and the page fields', 1);
      continue;
    }
    // Front matter starts on line 2, after the opening ---.
    const { doc, counter, errors } = parseYaml(parts.front, 2);
    for (const err of errors) page(`front matter ${err.message}`, err.line);
    const converted = errors.length ? undefined : yamlValue(doc);
    if (converted && 'message' in converted) page(`front matter: ${converted.message}`, 2);
    if (converted && 'value' in converted) {
      const lines = fieldLines(doc.contents, counter, 2);
      const parsed = schema.safeParse(converted.value ?? {});
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.map(String).join('.');
          page(issue.message, lineIn(lines, field, 1), field || undefined);
        }
      } else {
        const other = orders.get(parsed.data.order);
        if (other) page(`order ${parsed.data.order} is also used by ${other}`, lineIn(lines, 'order', 1), 'order');
        orders.set(parsed.data.order, file);
      }
    }
    const slug = item.name.slice(0, -'.mdx'.length);
    problems.push(...checkElements(file, read.text, slug === HOME_PAGE ? HOME_COMPONENTS : PAGE_COMPONENTS, chartIds));
    const citations = checkCitations(file, parts.body, (c, id) => ids.get(c)?.has(id) ?? false, parts.bodyLine);
    for (const p of citations) {
      const collection = p.field?.split('/')[0];
      if (collection && unreadable.has(collection) && /which does not exist$/.test(p.message)) {
        unchecked.set(collection, (unchecked.get(collection) ?? 0) + 1);
      } else problems.push(p);
    }
  }
  return { problems, unchecked };
}
