// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { EMBED_THEME_INIT, THEME_INIT } from './src/lib/site/themeInit.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinks, readGlossaryTerms, readPeople } from './src/lib/site/glossaryLinks.mjs';
import { securityHeaders } from './src/lib/site/securityHeaders.mjs';
import { themeFallback } from './src/lib/site/themeFallback.mjs';
import { searchIndex } from './src/lib/search/pagefindIntegration.mjs';

/** @param {string} s @returns {`sha256-${string}`} */
const sha256 = (s) => `sha256-${createHash('sha256').update(s).digest('base64')}`;
/** @param {string} pkg @param {string} file */
const fontFile = (pkg, file) => `./node_modules/@fontsource-variable/${pkg}/files/${file}`;

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  // Per checkout, not node_modules/.astro: worktrees that share node_modules must not share the content store.
  cacheDir: './.astro/cache',
  // searchIndex before securityHeaders: the header rules list dist/pagefind/ too.
  integrations: [mdx(), searchIndex(), securityHeaders()],
  vite: { plugins: [tailwindcss(), themeFallback()] },
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [glossaryLinks([...readGlossaryTerms(process.env.CONTENT_ROOT ?? 'content'), ...readPeople(process.env.CONTENT_ROOT ?? 'content')])] }),
  },
  build: { inlineStylesheets: 'never' },
  compressHTML: true,
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-serif-body',
      fallbacks: ['Georgia', 'serif'],
      options: {
        variants: [
          { weight: '200 900', style: 'normal', src: [fontFile('source-serif-4', 'source-serif-4-latin-wght-normal.woff2')] },
          { weight: '200 900', style: 'italic', src: [fontFile('source-serif-4', 'source-serif-4-latin-wght-italic.woff2')] },
        ],
      },
    },
    {
      provider: fontProviders.local(),
      name: 'Inter',
      cssVariable: '--font-sans-ui',
      fallbacks: ['system-ui', 'sans-serif'],
      options: {
        variants: [{ weight: '100 900', style: 'normal', src: [fontFile('inter', 'inter-latin-wght-normal.woff2')] }],
      },
    },
  ],
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
