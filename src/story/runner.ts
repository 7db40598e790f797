// A small UI-free runner over inkjs: text and tags in, typed events out.
import { Story } from 'inkjs';
import { IGNORED_LINE_TAGS, TAG_HANDLERS, type LineContext } from './tags';
import { parseMeta, parseTag, tagsToRecord } from './meta';
import type { MirrorAnswer, Mood, StoryEvent, StoryMeta } from './types';
import { ANSWERS, PLAYER_SPEAKER, isOneOf } from './vocabulary';

export interface SavedRunner {
  version: 1;
  storyHash: string;
  ink: string;
  moods: Record<string, Mood>;
  lastSpeaker: string | null;
}

export class StoryRunner {
  readonly meta: StoryMeta;
  private readonly story: Story;
  private readonly pending: StoryEvent[] = [];
  private readonly moods = new Map<string, Mood>();
  private lastSpeaker: string | null = null;
  private lastMirrorTheme: string | null = null;
  private finished = false;

  /**
   * @param storyJson compiled ink (object from the Vite plugin, or its JSON text)
   * @param storyHash identifies this exact story version; saves from another version are refused
   */
  constructor(
    storyJson: object | string,
    readonly storyHash = '',
  ) {
    this.story = new Story(typeof storyJson === 'string' ? storyJson : JSON.stringify(storyJson));
    // Writers test in Inky with the ink fallbacks; in the game the real functions are bound.
    this.story.allowExternalFunctionFallbacks = true;
    this.story.onError = (message, type) => {
      // ErrorType.Warning is 1; anything else stops the story gently.
      this.pending.push({ type: 'problem', severity: type === 1 ? 'warning' : 'error', message });
    };
    this.bindExternals();
    this.meta = parseMeta(tagsToRecord(this.story.globalTags ?? []));
  }

  private bindExternals(): void {
    this.story.BindExternalFunction('mirror', (theme: unknown, answer: unknown) => {
      const answerText = String(answer);
      if (!isOneOf(ANSWERS, answerText)) {
        this.pending.push({
          type: 'problem',
          severity: 'error',
          message: `mirror(): unknown answer "${answerText}"`,
        });
        return true;
      }
      this.pending.push({ type: 'mirror', theme: String(theme), answer: answerText as MirrorAnswer });
      return true;
    });
    this.story.BindExternalFunction('danger', () => {
      this.pending.push({ type: 'danger' });
      return true;
    });
  }

  get isFinished(): boolean {
    return this.finished;
  }

  /**
   * The events up to and including the next thing to show: one line, the choices, or the end.
   * Never throws: ink errors become a `problem` event followed by `end`.
   */
  next(): StoryEvent[] {
    if (this.finished) return [{ type: 'end', reason: 'reflection' }];
    const out: StoryEvent[] = [];
    try {
      while (this.story.canContinue) {
        const text = this.story.Continue()?.trim() ?? '';
        const line = this.applyTags(this.story.currentTags ?? []);
        out.push(...this.pending.splice(0), ...line.before);
        if (line.calm) out.push({ type: 'calm' });
        if (line.discuss) out.push({ type: 'discuss', text: line.discuss });
        if (line.reflection) return this.finish(out, 'reflection');
        if (this.hasError(out)) return this.finish(out, 'error');
        if (text) {
          out.push({ type: 'line', text, speaker: line.speaker, mood: line.mood });
          return out;
        }
      }
      out.push(...this.pending.splice(0));
      if (this.hasError(out)) return this.finish(out, 'error');
      const choices = this.story.currentChoices;
      if (choices.length > 0) {
        out.push({
          type: 'choices',
          choices: choices.map((choice) => ({ index: choice.index, text: choice.text.trim() })),
          mirrorTheme: this.lastMirrorTheme,
        });
        return out;
      }
      out.push({
        type: 'problem',
        severity: 'error',
        message: 'the story ran out of content before -> reflectie',
      });
      return this.finish(out, 'out_of_content');
    } catch (error) {
      out.push(...this.pending.splice(0));
      out.push({
        type: 'problem',
        severity: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
      return this.finish(out, 'error');
    }
  }

  choose(index: number): void {
    const choices = this.story.currentChoices;
    if (!choices.some((choice) => choice.index === index)) {
      throw new RangeError(`no choice with index ${index}`);
    }
    this.lastMirrorTheme = null;
    this.story.ChooseChoiceIndex(index);
  }

  /** Where ink is now, e.g. `slaan.keuken.0` (for the story checker and error reports). */
  get currentPath(): string | null {
    return this.story.state.currentPathString;
  }

  /** How often a knot or stitch was visited (stories are compiled with countAllVisits). */
  visits(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  save(): SavedRunner {
    return {
      version: 1,
      storyHash: this.storyHash,
      ink: this.story.state.ToJson(),
      moods: Object.fromEntries(this.moods),
      lastSpeaker: this.lastSpeaker,
    };
  }

  /** Restores a save; returns false (and changes nothing) when it is foreign, old or corrupt. */
  restore(saved: unknown): boolean {
    if (!isSavedRunner(saved) || saved.storyHash !== this.storyHash) return false;
    const before = this.story.state.ToJson();
    try {
      this.story.state.LoadJson(saved.ink);
    } catch {
      this.story.state.LoadJson(before);
      return false;
    }
    this.moods.clear();
    for (const [character, mood] of Object.entries(saved.moods)) this.moods.set(character, mood);
    this.lastSpeaker = saved.lastSpeaker;
    this.finished = false;
    return true;
  }

  private finish(out: StoryEvent[], reason: 'reflection' | 'out_of_content' | 'error'): StoryEvent[] {
    this.finished = true;
    out.push({ type: 'end', reason });
    return out;
  }

  private hasError(events: StoryEvent[]): boolean {
    return events.some((event) => event.type === 'problem' && event.severity === 'error');
  }

  private applyTags(tags: readonly string[]): LineContext {
    const line: LineContext = {
      before: [],
      speaker: null,
      mood: null,
      mirrorTheme: null,
      calm: false,
      reflection: false,
      discuss: null,
    };
    for (const raw of tags) {
      const { key, value } = parseTag(raw);
      if (IGNORED_LINE_TAGS.includes(key)) continue;
      const handler = TAG_HANDLERS[key];
      const problem = handler ? handler(value, line) : `unknown tag "${key}"`;
      if (problem)
        this.pending.push({ type: 'problem', severity: 'warning', message: `#${raw}: ${problem}` });
    }
    if (line.mirrorTheme) this.lastMirrorTheme = line.mirrorTheme;
    this.trackSpeaker(line);
    for (const event of line.before) {
      if (event.type === 'stage' && event.action === 'enter')
        event.mood = this.moods.get(event.character) ?? 'neutraal';
    }
    return line;
  }

  /** A mood sticks to a character until changed; a mood tag without a speaker applies to the last one. */
  private trackSpeaker(line: LineContext): void {
    const target = line.speaker ?? (line.mood ? this.lastSpeaker : null);
    if (line.speaker) this.lastSpeaker = line.speaker;
    if (!target || target === PLAYER_SPEAKER) {
      if (line.speaker === PLAYER_SPEAKER) line.mood = null;
      return;
    }
    if (line.mood) {
      if (this.moods.get(target) !== line.mood) {
        line.before.push({ type: 'stage', action: 'mood', character: target, mood: line.mood });
      }
      this.moods.set(target, line.mood);
    }
    if (line.speaker) line.mood = this.moods.get(target) ?? 'neutraal';
  }
}

function isSavedRunner(value: unknown): value is SavedRunner {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.version === 1 &&
    typeof v.storyHash === 'string' &&
    typeof v.ink === 'string' &&
    typeof v.moods === 'object' &&
    v.moods !== null &&
    (v.lastSpeaker === null || typeof v.lastSpeaker === 'string')
  );
}
