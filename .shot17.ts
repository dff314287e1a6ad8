import { launchChromium } from './scripts/lib/chromium.ts';
import { serveStatic } from './scripts/lib/static-server.ts';
const site = await serveStatic('dist');
const browser = await launchChromium();
const shots = JSON.parse(process.argv[2]) as [string, number, 'light' | 'dark', string, boolean?][];
for (const [path, width, scheme, out, js] of shots) {
  const ctx = await browser.newContext({ viewport: { width, height: 1000 }, colorScheme: scheme, javaScriptEnabled: js ?? true });
  const p = await ctx.newPage();
  await p.goto(site.url + path, { waitUntil: 'networkidle' });
  await p.waitForTimeout(300);
  await p.screenshot({ path: out });
  await ctx.close();
}
await browser.close(); await site.close();
