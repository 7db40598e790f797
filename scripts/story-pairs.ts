// Compares a scenario with its translation: the same knots, the same choices at every point, the
// same tags (except free text) and the same external calls, on every path (issue: same structure).
import { Story } from 'inkjs';
import { compileInkFile } from './ink-compile.ts';

/** Tags whose values are free text and so are translated. */
const FREE_TEXT_TAGS = new Set(['title', 'note', 'discuss', 'cast']);
const MAX_PATHS = 20_000;

function normaliseTags(tags: readonly string[] | null): string[] {
  return (tags ?? []).map((tag) => {
    const key = (tag.split(':')[0] ?? '').trim().toLowerCase();
    return FREE_TEXT_TAGS.has(key) ? `${key}: …` : tag.trim();
  });
}

function namedContent(json: string): string[] {
  const names: string[] = [];
  const visit = (node: unknown, prefix: string) => {
    if (!Array.isArray(node)) return;
    const named = node.at(-1);
    if (!named || typeof named !== 'object' || Array.isArray(named)) return;
    for (const [name, child] of Object.entries(named as Record<string, unknown>)) {
      // Skip ink's own labels (c-0, g-0, s0, $r...) and metadata; keep knots and stitches.
      if (/^(#|\$|[cg]-\d+$|s\d+$)/.test(name)) continue;
      const path = prefix ? `${prefix}.${name}` : name;
      names.push(path);
      visit(child, path);
    }
  };
  visit((JSON.parse(json) as { root: unknown[] }).root, '');
  return names.sort();
}

interface Walker {
  story: Story;
  calls: string[];
}

function walker(json: string): Walker {
  const story = new Story(json);
  const calls: string[] = [];
  story.BindExternalFunction('mirror', (theme: unknown, answer: unknown) => {
    calls.push(`mirror(${String(theme)}, ${String(answer)})`);
    return true;
  });
  story.BindExternalFunction('danger', () => {
    calls.push('danger()');
    return true;
  });
  return { story, calls };
}

/** Returns the differences in words a writer understands (empty when the pair matches). */
export function compareStructure(originalFile: string, translationFile: string): string[] {
  const original = compileInkFile(originalFile);
  const translated = compileInkFile(translationFile);
  if (!original.json || !translated.json) return [`${translationFile}: one of the pair does not compile`];
  const problems: string[] = [];
  const namesA = namedContent(original.json);
  const namesB = namedContent(translated.json);
  const missing = namesA.filter((name) => !namesB.includes(name));
  const extra = namesB.filter((name) => !namesA.includes(name));
  if (missing.length) problems.push(`knots or stitches missing in the translation: ${missing.join(', ')}`);
  if (extra.length) problems.push(`knots or stitches only in the translation: ${extra.join(', ')}`);

  let paths = 0;
  // Two stories for the whole walk; each branch reloads the saved states.
  const left = walker(original.json);
  const right = walker(translated.json);
  const walk = (stateA: string | null, stateB: string | null, trail: number[]): void => {
    if (problems.length > 5 || paths >= MAX_PATHS) return;
    if (stateA && stateB) {
      left.story.state.LoadJson(stateA);
      right.story.state.LoadJson(stateB);
    }
    left.calls.length = 0;
    right.calls.length = 0;
    const where = () =>
      trail.length ? `after choices ${trail.map((i) => i + 1).join(' → ')}` : 'at the start';
    let line = 0;
    while (left.story.canContinue || right.story.canContinue) {
      line++;
      if (left.story.canContinue !== right.story.canContinue) {
        problems.push(`the translation has ${right.story.canContinue ? 'more' : 'fewer'} lines ${where()}`);
        return;
      }
      left.story.Continue();
      right.story.Continue();
      const tagsA = normaliseTags(left.story.currentTags).join(' # ');
      const tagsB = normaliseTags(right.story.currentTags).join(' # ');
      if (tagsA !== tagsB) {
        problems.push(`line ${line} ${where()}: tags differ: "${tagsA}" vs "${tagsB}"`);
        return;
      }
    }
    if (left.calls.join() !== right.calls.join()) {
      problems.push(
        `external calls differ ${where()}: ${left.calls.join(', ')} vs ${right.calls.join(', ')}`,
      );
      return;
    }
    const choicesA = left.story.currentChoices.length;
    const choicesB = right.story.currentChoices.length;
    if (choicesA !== choicesB) {
      problems.push(`${choicesA} choices in the original but ${choicesB} in the translation ${where()}`);
      return;
    }
    if (choicesA === 0) {
      paths++;
      return;
    }
    const savedA = left.story.state.ToJson();
    const savedB = right.story.state.ToJson();
    for (let i = 0; i < choicesA; i++) {
      left.story.state.LoadJson(savedA);
      right.story.state.LoadJson(savedB);
      left.story.ChooseChoiceIndex(i);
      right.story.ChooseChoiceIndex(i);
      walk(left.story.state.ToJson(), right.story.state.ToJson(), [...trail, i]);
    }
  };
  walk(null, null, []);
  return problems.map((problem) => `${translationFile}: ${problem}`);
}
