// The story checker must catch each rule break with a message a writer understands.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkScenario, countEndings } from '../../scripts/story-check';
import { compareStructure } from '../../scripts/story-pairs';
import { readability } from '../../scripts/readability';

const HEADER = `# id: proef
# title: Proef
# theme: ruzie_goedkomen
# note: Een proef.
# age: 10
# minutes: 5
INCLUDE common.ink
`;

const GOOD_BODY = `-> begin
=== begin ===
Je bent thuis. # bg: keuken
* [Naar de keuken] -> a
* [Naar je kamer] -> b
* [Naar buiten] -> c
=== a ===
Mama kookt. # speaker: mama
-> vraag
=== b ===
Je leest een boek.
-> vraag
=== c ===
Je fietst een rondje. # bg: straat
-> vraag
=== vraag ===
Wat doe je morgen?
* [Voetballen] -> d
* [Tekenen] -> e
* [Niks] -> vraag2
=== d ===
Je voetbalt.
-> vraag2
=== e ===
Je tekent.
-> vraag2
=== vraag2 ===
Maken jullie thuis ook weleens ruzie? # mirror: ruzie_goedkomen
+ [Soms]
  ~ mirror("ruzie_goedkomen", "soms")
+ [Zeg ik liever niet]
  ~ mirror("ruzie_goedkomen", "liever_niet")
- Ok.
* [Goed einde] -> einde_goed
* [Ander einde] -> einde_anders
=== einde_goed ===
Alles komt goed.
-> reflectie
=== einde_anders ===
Het wordt weer rustig.
-> reflectie
`;

function scenario(body: string, header = HEADER): string {
  const dir = mkdtempSync(join(tmpdir(), 'story-'));
  mkdirSync(join(dir, 'stories', 'nl'), { recursive: true });
  cpSync(join(__dirname, '../../stories/nl/common.ink'), join(dir, 'stories', 'nl', 'common.ink'));
  // Assets the checker looks for: reuse the real ones.
  cpSync(join(__dirname, '../../assets'), join(dir, 'assets'), { recursive: true });
  const file = join(dir, 'stories', 'nl', 'proef.ink');
  writeFileSync(file, header + body);
  return file;
}

const check = (body: string, header?: string) => {
  const file = scenario(body, header);
  return checkScenario(file, join(file, '..', '..', '..'));
};

describe('story checker', () => {
  it('passes a scenario that keeps every rule', () => {
    const report = check(GOOD_BODY);
    expect(report.errors).toEqual([]);
    expect(report.paths).toBe(3 * 3 * 2 * 2);
    expect(report.branches).toBeGreaterThanOrEqual(3);
    expect(report.endings).toBe(2);
    expect(report.mirrorQuestions).toBe(1);
  });

  it.each([
    {
      rule: 'ink error with file and line',
      body: GOOD_BODY.replace('-> a\n', '-> nergens\n'),
      expected: /proef\.ink:\d+: ink error/,
    },
    {
      rule: 'running out of content',
      body: GOOD_BODY.replace('Het wordt weer rustig.\n-> reflectie', 'Het wordt weer rustig.\n-> END'),
      expected: /runs out of content/,
    },
    {
      rule: 'no "liever niet" at a personal question',
      body: GOOD_BODY.replace('+ [Zeg ik liever niet]\n  ~ mirror("ruzie_goedkomen", "liever_niet")\n', ''),
      expected: /needs a choice "Zeg ik liever niet"/,
    },
    {
      rule: 'a mirror call without a mirror tag',
      body: GOOD_BODY.replace(' # mirror: ruzie_goedkomen', ''),
      expected: /has no "# mirror: theme" tag/,
    },
    {
      rule: 'an unknown tag',
      body: GOOD_BODY.replace('# bg: straat', '# wolk: grijs'),
      expected: /unknown tag "wolk"/,
    },
    {
      rule: 'an unknown location',
      body: GOOD_BODY.replace('# bg: straat', '# bg: maan'),
      expected: /unknown location "maan"/,
    },
    {
      rule: 'an unreachable knot',
      body: GOOD_BODY + '=== vergeten ===\nNiemand komt hier.\n-> reflectie\n',
      expected: /knot "vergeten" is never reached/,
    },
    {
      rule: 'one ending only',
      body: GOOD_BODY.replace('* [Ander einde] -> einde_anders', '* [Ander einde] -> einde_goed').replace(
        '=== einde_anders ===\nHet wordt weer rustig.\n-> reflectie\n',
        '',
      ),
      expected: /at least 2 different endings/,
    },
    {
      rule: 'an unknown theme',
      body: GOOD_BODY,
      header: HEADER.replace('theme: ruzie_goedkomen', 'theme: onzin'),
      expected: /theme "onzin" is not in the reflection table/,
    },
    {
      rule: 'a missing global tag',
      body: GOOD_BODY,
      header: HEADER.replace('# minutes: 5\n', ''),
      expected: /"# minutes: \.\.\." is missing/,
    },
    {
      rule: 'text harder than B1',
      body: GOOD_BODY.replace(
        'Alles komt goed.',
        'Uiteindelijk communiceren de gezinsleden verantwoordelijk en respectvol over hun onderlinge verwachtingen, gevoelens en gemeenschappelijke toekomstperspectieven.',
      ),
      expected: /harder than B1/,
    },
  ])('fails on $rule', ({ body, header, expected }) => {
    const report = check(body, header);
    expect(report.errors.join('\n')).toMatch(expected);
  });

  it('counts the einde_ knots reached as endings', () => {
    expect(
      countEndings([
        ['a', 'einde_goed', 'spiegel'],
        ['b', 'einde_later', 'spiegel'],
      ]),
    ).toBe(2);
    expect(
      countEndings([
        ['a', 'einde_goed'],
        ['b', 'einde_goed'],
      ]),
    ).toBe(1);
    expect(
      countEndings([
        ['a', 'x'],
        ['b', 'y'],
      ]),
    ).toBe(0);
  });

  it('measures readability', () => {
    const easy = readability('Je komt thuis. Mama is boos. Je gaat naar je kamer.');
    expect(easy.wordsPerSentence).toBeCloseTo(3.7, 1);
    expect(easy.b1).toBe(true);
  });
});

describe('translation structure', () => {
  it('accepts a faithful translation and reports a missing choice', () => {
    const original = scenario(GOOD_BODY);
    const same = scenario(GOOD_BODY.replace('Je bent thuis.', 'You are at home.'));
    expect(compareStructure(original, same)).toEqual([]);
    const fewer = scenario(GOOD_BODY.replace('* [Niks] -> vraag2\n', ''));
    expect(compareStructure(original, fewer).join('\n')).toMatch(/3 choices in the original but 2/);
    const otherTag = scenario(GOOD_BODY.replace('# bg: straat', '# bg: schoolplein'));
    expect(compareStructure(original, otherTag).join('\n')).toMatch(/tags differ/);
  });
});
