/**
 * `npm run screenshot -- /path/ [/other/]`: screenshots of built pages at 375 and 1280 px, light
 * and dark, written to screenshots/ (git-ignored) for a person to look at.
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const out = 'screenshots';
await mkdir(out, { recursive: true });
const site = await serveStatic('dist');
const browser = await launchChromium();
try {
  for (const path of paths.length ? paths : ['/']) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(site.url + path, { waitUntil: 'networkidle' });
        const name = `${out}/${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: name, fullPage: true });
        console.log(name);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
