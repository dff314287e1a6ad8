/**
 * The browser tests' shared set-up: the built site served on 127.0.0.1, one Chromium, and
 * optionally a host page on another origin (for embeds), started before the file's tests and
 * stopped after them. Call at the top of a test file; read the fields inside tests.
 */
import { afterAll, beforeAll } from 'vitest';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

export interface SiteBrowser {
  browser: Browser;
  site: StaticServer;
  /** the host page's origin, when a host was asked for */
  hostUrl: string;
}

/** `host` answers every request to the host origin, given the site's server (its URL to embed). */
export function useSiteBrowser(options: { dist?: string; host?: (site: StaticServer) => RequestListener } = {}): SiteBrowser {
  const env = {} as SiteBrowser;
  let host: Server | undefined;
  beforeAll(async () => {
    env.site = await serveStatic(options.dist ?? 'dist');
    env.browser = await launchChromium();
    if (options.host) {
      const server = createServer(options.host(env.site));
      host = server;
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      env.hostUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    }
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
    if (host) {
      host.closeAllConnections();
      await new Promise((ok) => host!.close(ok));
    }
  });
  return env;
}

/**
 * Waits until every wide artboard a page or embed shows has been fetched into the empty boxes
 * holding its place (src/scripts/wide-art.ts, src/scripts/embed-child.ts); places the stylesheet
 * hides (narrow screens and frames) are not fetched. Call it before measuring or tabbing through
 * a chart at 640 px or more: until then the chart is boxes of the right size and no marks.
 */
export async function waitForWideArtboards(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.chart-art--wide[data-src]')]
    .every((w) => w.getClientRects().length === 0 || w.dataset.state === 'done'));
}
