/**
 * A claim's embeddable card on a host page of another origin, with the embed code the claim page
 * publishes: it sizes itself like the chart embeds (grows and shrinks with the host's width) and
 * follows ?theme= like them.
 */
import { expect, test } from 'vitest';
import { useSiteBrowser } from '../helpers/browser.ts';
import { page as builtPage } from '../helpers/html.ts';

const CLAIM = 'pk-ispr-2026-02-27-afghan-killed-274';
const code = builtPage(`/claims/${CLAIM}/`).querySelector('#embed-code')!.textContent.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const builtOrigin = new URL(code.match(/src="([^"]+)"/)![1]).origin;

const env = useSiteBrowser({
  host: (site) => (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(`<!doctype html><html><head><meta name="viewport" content="width=device-width"></head><body style="margin:0;padding:0 8px"><h1>Host article</h1>${code.replaceAll(builtOrigin, site.url)}</body></html>`),
});

test('the embed code names the claim card and links the claim page for hosts that strip iframes', () => {
  expect(code).toContain(`/embed/claim/${CLAIM}/`);
  expect(code).toContain(`data-pa-embed="claim-${CLAIM}"`);
  expect(code).toMatch(new RegExp(`<a class="pa-embed-fallback"[^>]*href="[^"]*/claims/${CLAIM}/"`));
});

test('the card resizes its iframe to its content at 320 and 1200 px, shrinking as well as growing', async () => {
  const page = await env.browser.newPage({ viewport: { width: 320, height: 800 } });
  await page.goto(env.hostUrl, { waitUntil: 'networkidle' });
  const frame = page.locator(`iframe[data-pa-embed="claim-${CLAIM}"]`);
  const fit = async () => {
    await page.waitForTimeout(400);
    const inner = (await (await frame.elementHandle())!.contentFrame())!;
    const content = await inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const height = await frame.evaluate((f) => (f as HTMLIFrameElement).clientHeight);
    expect(Math.abs(height - content), `frame ${height} vs content ${content}`).toBeLessThanOrEqual(4);
    return height;
  };
  const narrow = await fit();
  await page.setViewportSize({ width: 1200, height: 800 });
  const wide = await fit();
  expect(wide).toBeLessThan(narrow);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await fit()).toBe(narrow);
  expect(await page.isHidden('.pa-embed-fallback')).toBe(true);
});

test('?theme=dark and ?theme=light fix the card theme, as for chart embeds', async () => {
  for (const [theme, dark] of [['dark', true], ['light', false]] as const) {
    const page = await env.browser.newPage({ colorScheme: dark ? 'light' : 'dark' });
    await page.goto(`${env.site.url}/embed/claim/${CLAIM}/?theme=${theme}`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(dark);
    expect(await page.textContent('.figure-value')).toContain('274');
    await page.close();
  }
});
