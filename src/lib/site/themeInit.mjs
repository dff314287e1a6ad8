// Runs inline in <head> before first paint so the page never flashes the wrong theme.
// Its exact text is hashed into the Content-Security-Policy by astro.config.mjs.
// It always sets `dark` or `light` on <html>: without JavaScript neither is set and the
// stylesheet follows prefers-color-scheme instead (see themeFallback.mjs).
export const THEME_INIT = `(()=>{try{var t=localStorage.getItem('theme')}catch(e){}var d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;var c=document.documentElement.classList;c.toggle('dark',d);c.toggle('light',!d)})()`;

// Embeds take their theme from the host: ?theme=light|dark, or auto (the reader's system setting).
export const EMBED_THEME_INIT = `(()=>{var t=new URLSearchParams(location.search).get('theme');var d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);var c=document.documentElement.classList;c.toggle('dark',d);c.toggle('light',!d)})()`;
