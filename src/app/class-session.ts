// One scenario played in front of a class: the story as a list of steps the presenter can walk
// forward and back, with no personal question ever on screen. Pure logic over the StoryRunner (no DOM),
// so it is tested in vitest over every scenario.
//
// - A personal ("mirror") question is never shown: its line is left out, the "liever niet" choice is
//   taken silently, and a class question step takes its place. The standard sentences that introduce
//   or thank for a personal question are left out too (they speak to one player, not a class).
// - Every step keeps a snapshot of the runner, so "back" and "jump to a choice point" are exact.
// - The choice points the class reached form a tree (the story map), with the options not taken.
import type { SavedRunner, StoryRunner } from '../story/runner';
import type { ChoiceOption, LineEvent, Mood, StoryEvent } from '../story/types';
import { CHARACTERS, MUSIC_OFF, PLAYER_SPEAKER, isOneOf } from '../story/vocabulary';

/** The choice that declines a personal question (the story checker guarantees one exists). */
export const RATHER_NOT = /liever niet|rather not/i;

/** Sentences that announce a personal question to one player ("Nu een vraag over jou."). */
export const PERSONAL_LEAD_INS: readonly RegExp[] = [
  /^Nu een vraag over jou\b/i,
  /stuurt je antwoord nergens heen/i,
  /^Now a question about you\b/i,
  /does not send your answer anywhere/i,
];

/** The first line after a personal question thanks the player for answering ("Dank je ..."). */
export const PERSONAL_THANKS =
  /^(Dank je|Bedankt|Nog één vraag|Ook dit antwoord|Thank you|One more question|This answer)/i;

export interface SceneState {
  background: string | null;
  /** Characters on stage with their mood, in the order they came on. */
  characters: readonly (readonly [string, Mood])[];
  speaker: string | null;
  music: string | null;
}

export const EMPTY_SCENE: SceneState = { background: null, characters: [], speaker: null, music: null };

export type Frame =
  | { kind: 'line'; line: LineEvent }
  /** In place of a personal question: a question for the whole class. */
  | { kind: 'question'; theme: string }
  | { kind: 'choice'; prompt: string | null; options: ChoiceOption[]; node: ChoiceNode }
  | { kind: 'end'; reason: 'reflection' | 'out_of_content' | 'error' };

export interface Step {
  readonly frame: Frame;
  /** The runner just after this step was made (at a choice: before choosing). */
  readonly runner: SavedRunner;
  readonly scene: SceneState;
  /** Counts scenes: every new background starts one. */
  readonly sceneNo: number;
  /** The story's own discussion prompt (`# discuss:`) in this scene so far. */
  readonly discuss: string | null;
  /** The story offers a calm moment here (`# calm`). */
  readonly calm: boolean;
  /** Sound effects that belong to reaching this step going forward. */
  readonly effects: readonly string[];
}

interface Entry {
  readonly step: Step;
  /** At a choice step: the option the class took (null while deciding). */
  pick: number | null;
}

export interface ChoiceNode {
  readonly id: number;
  readonly prompt: string | null;
  readonly options: readonly ChoiceOption[];
  readonly parent: { readonly node: ChoiceNode; readonly option: number } | null;
  /** What each option led to, once taken: the next choice point, or the end of the story. */
  readonly next: Map<number, ChoiceNode | 'end'>;
  /** The walk up to and including this choice point (picks as they were), to jump back to it. */
  path: Entry[];
}

export class ClassSession {
  private history: Entry[] = [];
  private nextId = 1;
  private root: ChoiceNode | null = null;

  constructor(
    private readonly runner: StoryRunner,
    private readonly report: (message: string) => void = () => {},
  ) {
    const first = this.produce(null);
    this.history.push({ step: first, pick: null });
    this.linkEnd(first);
  }

  get current(): Step {
    const last = this.history.at(-1);
    if (!last) throw new Error('empty session');
    return last.step;
  }

  /** How many steps the class has walked (1 at the start). */
  get position(): number {
    return this.history.length;
  }

  get canGoBack(): boolean {
    return this.history.length > 1;
  }

  /** Forward is blocked at a choice (the class decides) and at the end. */
  get canGoForward(): boolean {
    const kind = this.current.frame.kind;
    return kind === 'line' || kind === 'question';
  }

  get map(): ChoiceNode | null {
    return this.root;
  }

  /** The (node, option) pairs taken on the current walk, in order, and the choice point the class is at. */
  get walk(): { taken: { node: ChoiceNode; option: number }[]; at: ChoiceNode | null } {
    const taken: { node: ChoiceNode; option: number }[] = [];
    for (const entry of this.history) {
      if (entry.step.frame.kind === 'choice' && entry.pick !== null)
        taken.push({ node: entry.step.frame.node, option: entry.pick });
    }
    const frame = this.current.frame;
    return { taken, at: frame.kind === 'choice' ? frame.node : null };
  }

  forward(): Step | null {
    if (!this.canGoForward) return null;
    return this.push(this.current);
  }

  /** Takes an option at the current choice point and walks on to the next step. */
  choose(index: number): Step | null {
    const entry = this.history.at(-1);
    if (!entry || entry.step.frame.kind !== 'choice') return null;
    if (!entry.step.frame.options.some((option) => option.index === index)) return null;
    entry.pick = index;
    return this.push(entry.step);
  }

  /** One step back; going back past a choice undoes it. */
  back(): Step | null {
    if (!this.canGoBack) return null;
    this.history.pop();
    const last = this.history.at(-1);
    if (last) last.pick = null;
    return this.current;
  }

  /** Back to a choice point reached earlier (on this walk or on one the class went back from). */
  jumpTo(node: ChoiceNode): Step {
    this.history = node.path.map((entry) => ({ ...entry }));
    const last = this.history.at(-1);
    if (last) last.pick = null;
    return this.current;
  }

  private push(from: Step): Step {
    const pick = this.history.at(-1)?.pick ?? null;
    this.runner.restore(from.runner);
    if (pick !== null) this.runner.choose(pick);
    const step = this.produce(from);
    this.history.push({ step, pick: null });
    this.linkEnd(step);
    return step;
  }

  /** Records a reached end in the map, under the option that led to it. */
  private linkEnd(step: Step): void {
    if (step.frame.kind !== 'end') return;
    const taken = this.walk.taken.at(-1);
    if (taken) taken.node.next.set(taken.option, 'end');
  }

  /** The next step to show after `from` (the runner stands just after it). */
  private produce(from: Step | null): Step {
    let scene = from?.scene ?? EMPTY_SCENE;
    let sceneNo = from?.sceneNo ?? 0;
    let discuss = from?.discuss ?? null;
    let calm = false;
    const lastLine = from?.frame.kind === 'line' ? from.frame.line.text : null;
    let afterQuestion = from?.frame.kind === 'question';
    const effects: string[] = [];
    const make = (frame: Frame): Step => ({
      frame,
      runner: this.runner.save(),
      scene,
      sceneNo,
      discuss,
      calm,
      effects,
    });

    for (let guard = 0; guard < 2000; guard++) {
      const events = this.runner.next();
      for (const event of events) {
        if (event.type === 'stage' && event.action === 'background') {
          sceneNo++;
          discuss = null;
        } else if (event.type === 'discuss') discuss = event.text;
        else if (event.type === 'calm') calm = true;
        else if (event.type === 'sound' && event.channel === 'sfx') effects.push(event.name);
        else if (event.type === 'problem') this.report(event.message);
        scene = nextScene(scene, event);
      }
      const last = events.at(-1);
      if (!last) return make({ kind: 'end', reason: 'error' });
      if (last.type === 'end') return make({ kind: 'end', reason: last.reason });
      if (last.type === 'choices') {
        if (last.mirrorTheme) {
          const decline = last.choices.find((choice) => RATHER_NOT.test(choice.text));
          // Never guess an answer for someone: without "liever niet" the story stops here.
          if (!decline) return make({ kind: 'end', reason: 'error' });
          this.runner.choose(decline.index);
          return make({ kind: 'question', theme: last.mirrorTheme });
        }
        const only = last.choices.length === 1 ? last.choices[0] : undefined;
        if (only) {
          // "Ik ga verder" after a calm moment: nothing for the class to decide.
          this.runner.choose(only.index);
          continue;
        }
        const node = this.nodeFor(lastLine, last.choices);
        const step = make({ kind: 'choice', prompt: lastLine, options: last.choices, node });
        node.path = [...this.history.map((entry) => ({ ...entry })), { step, pick: null }];
        return step;
      }
      if (last.type === 'line') {
        const thanks = afterQuestion && PERSONAL_THANKS.test(last.text);
        afterQuestion = false;
        if (thanks || PERSONAL_LEAD_INS.some((pattern) => pattern.test(last.text))) continue;
        if (this.personalQuestionFollows()) continue;
        return make({ kind: 'line', line: last });
      }
    }
    return make({ kind: 'end', reason: 'error' });
  }

  /** True when the line just read is a personal question: its choices carry a mirror theme. */
  private personalQuestionFollows(): boolean {
    const here = this.runner.save();
    const ahead = this.runner.next().at(-1);
    this.runner.restore(here);
    return ahead?.type === 'choices' && ahead.mirrorTheme !== null;
  }

  /** The map node for a choice point reached after the current walk (the same one if reached before). */
  private nodeFor(prompt: string | null, options: ChoiceOption[]): ChoiceNode {
    const parent = this.walk.taken.at(-1) ?? null;
    const existing = parent ? parent.node.next.get(parent.option) : this.root;
    if (existing && existing !== 'end') return existing;
    const node: ChoiceNode = { id: this.nextId++, prompt, options, parent, next: new Map(), path: [] };
    if (parent) parent.node.next.set(parent.option, node);
    else this.root = node;
    return node;
  }
}

/** The scene after one story event (what the stage shows; the presenter applies it). */
export function nextScene(scene: SceneState, event: StoryEvent): SceneState {
  const characters = new Map(scene.characters);
  switch (event.type) {
    case 'stage':
      if (event.action === 'background')
        return { ...scene, background: event.location, characters: [], speaker: null };
      if (event.action === 'enter') characters.set(event.character, event.mood);
      else if (event.action === 'leave') characters.delete(event.character);
      else if (characters.has(event.character)) characters.set(event.character, event.mood);
      return { ...scene, characters: [...characters] };
    case 'sound':
      if (event.channel !== 'music') return scene;
      return { ...scene, music: event.name === MUSIC_OFF ? null : event.name };
    case 'line': {
      const speaker = event.speaker;
      if (speaker && isOneOf(CHARACTERS, speaker) && !characters.has(speaker))
        characters.set(speaker, event.mood ?? 'neutraal');
      return {
        ...scene,
        characters: [...characters],
        speaker: speaker && speaker !== PLAYER_SPEAKER ? speaker : null,
      };
    }
    default:
      return scene;
  }
}
