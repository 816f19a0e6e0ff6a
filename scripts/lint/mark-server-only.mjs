// `node scripts/lint/mark-server-only.mjs`: puts `import "server-only";` at the top of every server module that
// lacks it, and leaves the others alone, so it can be run again at any time. Which files are server modules is
// eslint.config.mjs's to say (rule followthrough/server-only-first); this applies that rule's fix and nothing else.
import { ESLint } from "eslint";

const RULE = "followthrough/server-only-first";
const eslint = new ESLint({ cwd: process.cwd(), fix: true, ruleFilter: ({ ruleId }) => ruleId === RULE });
const results = await eslint.lintFiles(["src"]);
await ESLint.outputFixes(results);

const marked = results.filter((result) => result.output !== undefined).map((result) => result.filePath);
const left = results.flatMap((result) => result.messages.filter((message) => message.ruleId === RULE || message.fatal));
console.log(`Marked ${marked.length} server module(s) with import "server-only".`);
for (const file of marked) console.log(`  ${file}`);
if (left.length > 0) {
  console.error(`${left.length} problem(s) left: run npx eslint src to see them.`);
  process.exit(1);
}
