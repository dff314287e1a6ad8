/**
 * After the build: which published files carry a local address (http://localhost:4321 and the
 * like) in place of the public one. A step of `npm run build` (scripts/build.ts), after the PDFs
 * and before the new build replaces dist/.
 *  - SITE_URL unset (npm start): a loud warning naming what a reader elsewhere could not follow;
 *  - SITE_URL set to a public address: any local address left in dist/ is an error (exit 1).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { isLocalSite, LOCAL_ADDRESS, siteUrl } from '../src/lib/site/siteUrl.mjs';
import { links, openPdf } from './pdf/read-pdf.ts';

const TEXT = new Set(['.html', '.json', '.xml', '.csv', '.txt', '.svg', '.js', '.css', '.bib']);

export interface LocalFinding { file: string; kind: 'page' | 'embed' | 'embed code' | 'oembed' | 'pdf' | 'data' | 'other'; sample: string }

export function kindOf(file: string): LocalFinding['kind'] {
  if (file === 'charts.json') return 'embed code';
  if (file.startsWith('oembed/')) return 'oembed';
  if (file.startsWith('embed/')) return 'embed';
  if (file.endsWith('.pdf')) return 'pdf';
  if (file.endsWith('.html')) return 'page';
  if (file.startsWith('data/') || file.startsWith('charts/')) return 'data';
  return 'other';
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every file in dist/ that carries a local address: text files by content, PDFs by their links. */
export async function findLocalAddresses(dist: string): Promise<LocalFinding[]> {
  const out: LocalFinding[] = [];
  for (const path of files(dist)) {
    const file = relative(dist, path).split('\\').join('/');
    const ext = extname(file);
    let sample: string | undefined;
    if (ext === '.pdf') {
      const pdf = await openPdf(new Uint8Array(readFileSync(path)));
      sample = (await links(pdf)).map((l) => l.url).find((u) => u && LOCAL_ADDRESS.test(u));
      await pdf.cleanup();
    } else if (TEXT.has(ext) && statSync(path).size < 20_000_000) {
      sample = LOCAL_ADDRESS.exec(readFileSync(path, 'utf8'))?.[0];
    }
    if (sample) out.push({ file, kind: kindOf(file), sample });
  }
  return out;
}

export function report(site: string, found: LocalFinding[]): { lines: string[]; error: boolean } {
  if (!found.length) return { lines: [`Site address: ${site} (canonical links, embed codes, oEmbed, citations and PDFs).`], error: false };
  const count = (k: LocalFinding['kind']) => found.filter((f) => f.kind === k).length;
  const what = [`${count('page')} pages`, `${count('embed')} embeds`, `${count('embed code')} embed-code list (charts.json)`,
    `${count('oembed')} oEmbed documents`, `${count('pdf')} PDFs`, `${count('data') + count('other')} other files`].join(', ');
  if (!isLocalSite(site)) {
    return { lines: [`ERROR: SITE_URL is ${site} but ${found.length} built files still carry a local address (${what}):`,
      ...found.slice(0, 20).map((f) => `  dist/${f.file}: ${f.sample}`)], error: true };
  }
  const bar = '!'.repeat(78);
  return {
    lines: [bar,
      `!! NOT FOR PUBLICATION: this build links to ${site}, which only this machine can open.`,
      `!! Carried by: ${what}.`,
      '!! Fine for `npm start`. To publish, build with the public address:',
      '!!   SITE_URL=https://explainer.example.org npm run build',
      bar],
    error: false,
  };
}

if (import.meta.main) {
  const site = siteUrl();
  const { lines, error } = report(site, await findLocalAddresses(process.argv[2] ?? 'dist'));
  (error || isLocalSite(site) ? console.error : console.log)(lines.join('\n'));
  process.exitCode = error ? 1 : 0;
}
