// @ts-check
/**
 * The dark theme without JavaScript. Every stylesheet writes its dark tokens once, under
 * `:root.dark`, which the inline theme script sets. With scripts off no class is set, so this Vite
 * plugin copies each `:root.dark { … }` rule of the built CSS into
 * `@media screen and (prefers-color-scheme: dark) { :root:not(.light) { … } }`.
 * The script always sets `dark` or `light`, so a reader's explicit choice still wins; print keeps
 * the light theme (`screen` only).
 */

/** @param {string} css */
export function addDarkFallback(css) {
  const blocks = [];
  // Top-level or nested rules whose selector is exactly :root.dark (not a list such as print's ":root,:root.dark").
  const re = /(^|[{};])\s*:root\.dark\s*\{([^{}]*)\}/g;
  let m;
  while ((m = re.exec(css))) blocks.push(m[2].trim());
  if (!blocks.length) return css;
  return `${css}\n@media screen and (prefers-color-scheme:dark){:root:not(.light){${blocks.join(';').replace(/;;+/g, ';')}}}\n`;
}

/** @returns {import('vite').Plugin} */
export function themeFallback() {
  return {
    name: 'theme-fallback',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.css') && typeof file.source === 'string') {
          file.source = addDarkFallback(file.source);
        }
      }
    },
  };
}
