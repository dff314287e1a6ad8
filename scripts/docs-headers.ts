/**
 * `npm run docs:headers`: copies dist/nginx-headers.conf (written by the build) into README's
 * "Deploy" section, between the nginx-headers markers. Run it after a build that changed the CSP
 * (a new inline script changes its hashes); tests/build/security-headers.test.ts fails until then.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const conf = readFileSync('dist/nginx-headers.conf', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const block = /<!-- nginx-headers:start -->\n[\s\S]*?<!-- nginx-headers:end -->/;
if (!block.test(readme)) throw new Error('README.md has no <!-- nginx-headers:start --> … <!-- nginx-headers:end --> block');
writeFileSync('README.md', readme.replace(block, () => `<!-- nginx-headers:start -->\n\`\`\`nginx\n${conf}\`\`\`\n<!-- nginx-headers:end -->`));
console.log('README.md: nginx headers updated from dist/nginx-headers.conf');
