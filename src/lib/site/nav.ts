/** Site navigation; pages that do not exist yet are added here as they are built. */
export const NAV = [
  { href: '/', label: 'Home' },
  { href: '/charts/', label: 'Charts' },
  { href: '/data/', label: 'Data' },
] as const;

export const SITE_NAME = 'Pakistan–Afghanistan 2026: the explainer';
