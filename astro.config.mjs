// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { EMBED_THEME_INIT, THEME_INIT } from './src/lib/site/themeInit.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinks, readGlossaryTerms, readPeople } from './src/lib/site/glossaryLinks.mjs';
import { securityHeaders } from './src/lib/site/securityHeaders.mjs';
import { articleStylesheet } from './src/lib/site/articleCss.mjs';
import { themeFallback } from './src/lib/site/themeFallback.mjs';
import { searchIndex } from './src/lib/search/pagefindIntegration.mjs';
import { siteUrl } from './src/lib/site/siteUrl.mjs';
import { subsetFontsConfig } from './src/lib/site/fonts.mjs';

/** @param {string} s @returns {`sha256-${string}`} */
const sha256 = (s) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

export default defineConfig({
  // The public address (README "Deploy"): SITE_URL=https://… npm run build. Unset: npm start's local address.
  site: siteUrl(),
  trailingSlash: 'ignore',
  // Per checkout, not node_modules/.astro: worktrees that share node_modules must not share the content store.
  cacheDir: './.astro/cache',
  // searchIndex before securityHeaders: the header rules list dist/pagefind/ too.
  // articleStylesheet: articles link the site stylesheet cut to what they can use (src/lib/site/articleCss.mjs).
  integrations: [mdx(), searchIndex(), articleStylesheet(), securityHeaders()],
  vite: { plugins: [tailwindcss(), themeFallback()] },
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [glossaryLinks([...readGlossaryTerms(process.env.CONTENT_ROOT ?? 'content'), ...readPeople(process.env.CONTENT_ROOT ?? 'content')])] }),
  },
  build: { inlineStylesheets: 'never' },
  compressHTML: true,
  // Subset at build time to the characters in content/ and src/ (src/lib/site/fonts.mjs).
  fonts: await subsetFontsConfig({ roots: [process.env.CONTENT_ROOT ?? 'content', 'src'], outDir: './.astro/fonts', provider: fontProviders.local() }),
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval' lets same-origin scripts compile WebAssembly (Pagefind's search runs in
      // wasm); it allows no JavaScript eval and no inline script. See README, "Search".
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(THEME_INIT), sha256(EMBED_THEME_INIT)] },
    },
  },
});
