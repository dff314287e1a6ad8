/** `npm run content:check [folder]`: validates the content folder and lists every problem. */
import { loadContent, formatProblem } from '../src/lib/content/load.ts';

const root = process.argv[2] ?? process.env.CONTENT_ROOT ?? 'content';
const { tree, problems } = await loadContent(root);
for (const [name, entries] of Object.entries(tree)) console.log(`${name.padEnd(10)} ${entries.length}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
console.log('\ncontent ok');
