// `npm run stories`: checks every scenario in every language and prints a report per scenario.
import { checkScenario, storyFiles } from './story-check.ts';

const started = performance.now();
const reports = storyFiles().map((file) => checkScenario(file));
const rows = reports.map((r) => ({
  scenario: r.file.replace(/^stories\//, ''),
  paths: r.paths,
  endings: r.endings,
  branches: r.branches,
  mirror: r.mirrorQuestions,
  words: `${r.wordsMin}-${r.wordsMax}`,
  minutes: r.minutesTypical,
  'words/sentence': r.readability?.wordsPerSentence ?? '',
  'long words %': r.readability?.longWordShare ?? '',
  douma: r.readability?.douma ?? '',
}));
console.table(rows);
for (const r of reports) {
  const used = Object.entries(r.tags)
    .filter(([key]) => key !== 'discuss')
    .map(([key, values]) => `${key}: ${values.join(', ')}`)
    .join('; ');
  console.log(`${r.file}\n  tags: ${used}`);
}
const errors = reports.flatMap((r) => r.errors);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (errors.length > 0) {
  console.error(`\n${errors.length} problem(s):`);
  for (const error of errors) console.error(`  ✗ ${error}`);
  console.log(
    `\nstories: ${reports.length - new Set(errors.map((e) => e.split(':')[0])).size} passed, ${new Set(errors.map((e) => e.split(':')[0])).size} failed (${seconds} s)`,
  );
  process.exit(1);
}
console.log(`\nstories: ${reports.length} passed, 0 failed (${seconds} s)`);
