// Lists the art and sound a compiled story uses, with each file's size on disk, for the `?meta` import
// of the ink plugin. The opening scene (up to the first choice) is played with the real story runner,
// so moods set without a speaker land on the right character; the rest comes from a scan of every tag
// in the compiled JSON (all branches), so the list is complete even for paths nobody has played.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StoryRunner } from '../src/story/runner.ts';
import type { StoryEvent } from '../src/story/types.ts';
import { parseTag } from '../src/story/meta.ts';
import { CHARACTERS, MOODS, MUSIC_OFF, PLAYER_SPEAKER, isOneOf } from '../src/story/vocabulary.ts';
import { ambienceFor } from '../src/app/ambience.ts';
import type { AudioFolder, StoryAsset, StoryAssets } from '../src/story/assets.ts';

type Ref = { kind: 'bg' | 'character' | 'prop'; name: string } | { kind: AudioFolder; name: string };

const key = (ref: Ref) => `${ref.kind}/${ref.name}`;

/** The opening scene's files, from the runner's events up to the first choice. */
function openingRefs(json: string): Ref[] {
  const refs: Ref[] = [];
  const runner = new StoryRunner(json);
  for (let step = 0; step < 200; step++) {
    const events: StoryEvent[] = runner.next();
    for (const event of events) {
      if (event.type === 'stage' && event.action === 'background')
        refs.push({ kind: 'bg', name: event.location });
      else if (event.type === 'stage' && (event.action === 'enter' || event.action === 'mood'))
        refs.push({ kind: 'character', name: `${event.character}-${event.mood}` });
      else if (event.type === 'line' && event.speaker && event.speaker !== PLAYER_SPEAKER)
        refs.push({ kind: 'character', name: `${event.speaker}-${event.mood ?? 'neutraal'}` });
      else if (event.type === 'sound' && event.name !== MUSIC_OFF)
        refs.push({ kind: event.channel === 'music' ? 'music' : 'sfx', name: event.name });
    }
    if (events.some((event) => event.type === 'choices' || event.type === 'end')) break;
  }
  return refs;
}

/** Every tag in the compiled JSON, grouped per line (tags between two newlines). */
function tagLines(json: string): string[][] {
  const lines: string[][] = [[]];
  let tag: string | null = null;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (typeof node === 'string') {
      if (node === '#') tag = '';
      else if (node === '/#') {
        lines.at(-1)?.push((tag ?? '').trim());
        tag = null;
      } else if (tag !== null && node.startsWith('^')) tag += node.slice(1);
      else if (node === '\n') lines.push([]);
      return;
    }
    if (node && typeof node === 'object') {
      // Older ink JSON writes a tag as {"#": "text"}.
      const old = (node as Record<string, unknown>)['#'];
      if (typeof old === 'string') lines.at(-1)?.push(old.trim());
      for (const [name, child] of Object.entries(node)) if (name !== '#') visit(child);
    }
  };
  visit((JSON.parse(json) as { root: unknown }).root);
  return lines.filter((line) => line.length > 0);
}

/** All files the tags name, in the order of the JSON. A mood without a speaker goes to the last speaker. */
function scannedRefs(json: string): Ref[] {
  const refs: Ref[] = [];
  let lastSpeaker: string | null = null;
  for (const line of tagLines(json)) {
    let speaker: string | null = null;
    let mood: string | null = null;
    for (const raw of line) {
      const { key: name, value } = parseTag(raw);
      if (name === 'bg') refs.push({ kind: 'bg', name: value });
      else if (name === 'music' && value !== MUSIC_OFF) refs.push({ kind: 'music', name: value });
      else if (name === 'sfx') refs.push({ kind: 'sfx', name: value });
      else if (name === 'enter') refs.push({ kind: 'character', name: `${value}-neutraal` });
      else if (name === 'speaker') speaker = value;
      else if (name === 'mood') mood = value;
    }
    const who = speaker ?? (mood ? lastSpeaker : null);
    if (who && isOneOf(CHARACTERS, who)) {
      refs.push({ kind: 'character', name: `${who}-neutraal` });
      if (mood && isOneOf(MOODS, mood)) refs.push({ kind: 'character', name: `${who}-${mood}` });
    }
    if (speaker && speaker !== PLAYER_SPEAKER) lastSpeaker = speaker;
  }
  return refs;
}

/** Each location brings its ambience, and at home the cat. */
function withSurroundings(refs: Ref[], root: string): Ref[] {
  const layoutFile = join(root, 'assets/art/bg/layout.json');
  const layout = existsSync(layoutFile)
    ? (JSON.parse(readFileSync(layoutFile, 'utf8')) as { backgrounds: Record<string, { cat?: unknown }> })
    : { backgrounds: {} };
  return refs.flatMap((ref): Ref[] => {
    if (ref.kind !== 'bg') return [ref];
    const ambience = ambienceFor(ref.name);
    const cat: Ref[] = layout.backgrounds[ref.name]?.cat
      ? [
          { kind: 'prop', name: 'kat-slaapt' },
          { kind: 'prop', name: 'kat' },
        ]
      : [];
    return [ref, ...(ambience ? [{ kind: 'ambience' as const, name: ambience }] : []), ...cat];
  });
}

function sized(ref: Ref, root: string): StoryAsset | null {
  const size = (path: string) => {
    const file = join(root, path);
    return existsSync(file) ? statSync(file).size : null;
  };
  if (ref.kind === 'bg' || ref.kind === 'prop') {
    const bytes = size(`assets/art/${ref.kind === 'bg' ? 'bg' : 'props'}/${ref.name}.svg`);
    return bytes === null ? null : { kind: ref.kind, name: ref.name, bytes };
  }
  if (ref.kind === 'character') {
    const bytes = size(`assets/art/characters/${ref.name}.svg`);
    return bytes === null ? null : { kind: 'character', name: ref.name, bytes };
  }
  const ogg = size(`assets/audio/${ref.kind}/${ref.name}.ogg`);
  const mp3 = size(`assets/audio/${ref.kind}/${ref.name}.mp3`);
  return ogg === null || mp3 === null ? null : { kind: ref.kind, name: ref.name, bytes: { ogg, mp3 } };
}

/** The files a story needs, each once, the opening scene's first. Unknown names are left out
 * (the story checker reports them). */
export function readStoryAssets(json: string, root: string): StoryAssets {
  const seen = new Set<string>();
  const files: StoryAsset[] = [];
  const add = (refs: Ref[]) => {
    for (const ref of withSurroundings(refs, root)) {
      if (seen.has(key(ref))) continue;
      seen.add(key(ref));
      const asset = sized(ref, root);
      if (asset) files.push(asset);
    }
  };
  add(openingRefs(json));
  const opening = files.length;
  add(scannedRefs(json));
  return { files, opening };
}
