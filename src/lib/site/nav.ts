/** Site navigation: the explainer pages in reading order, then the reference pages. */
export const NAV = [
  { href: '/what-happened/', label: 'What happened' },
  { href: '/background/', label: 'Background' },
  { href: '/who-are-the-ttp/', label: 'The TTP' },
  { href: '/military-balance/', label: 'Military balance' },
  { href: '/returnees/', label: 'Returnees' },
  { href: '/charts/', label: 'Charts' },
] as const;

export const REFERENCE_NAV = [
  { href: '/whos-who/', label: "Who's who" },
  { href: '/sources/', label: 'Sources' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/data/', label: 'Data' },
  { href: '/changes/', label: 'Changes' },
  { href: '/search/', label: 'Search' },
] as const;

export const SITE_NAME = 'Pakistan–Afghanistan 2026: the explainer';
