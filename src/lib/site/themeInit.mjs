// Runs inline in <head> before first paint so the page never flashes the wrong theme.
// Its exact text is hashed into the Content-Security-Policy by astro.config.mjs.
export const THEME_INIT = `(()=>{try{var t=localStorage.getItem('theme')}catch(e){}var d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('dark',d)})()`;

// Embeds take their theme from the host: ?theme=light|dark, or auto (the reader's system setting).
export const EMBED_THEME_INIT = `(()=>{var t=new URLSearchParams(location.search).get('theme');var d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d)})()`;
