// The director talks to this proxy from the first line on. Until Phaser has loaded, a still stage (the
// scene as HTML pictures, src/stage/poster-stage.ts) draws it; the proxy replays the latest scene into
// the real stage once it is there, and both follow the story until the still stage retires. So the
// story never waits for the canvas, and the scene is on screen before it.
import type { Mood } from '../story/types';
import type { Stage } from './types';

interface SceneState {
  background: string | null;
  characters: Map<string, Mood>;
  speaker: string | null;
  atmosphere: string | null;
  reducedMotion: boolean;
  calm: boolean;
}

/** A stage that draws while Phaser loads, and steps aside once Phaser shows the same scene. */
export interface StillStage extends Stage {
  retire(): void;
}

export class StageProxy implements Stage {
  private real: Stage | null = null;
  private readonly scene: SceneState = {
    background: null,
    characters: new Map(),
    speaker: null,
    atmosphere: null,
    reducedMotion: false,
    calm: false,
  };

  constructor(private still: StillStage | null = null) {}

  attach(stage: Stage): void {
    this.real = stage;
    stage.setReducedMotion(this.scene.reducedMotion);
    if (this.scene.atmosphere) stage.setAtmosphere(this.scene.atmosphere);
    if (this.scene.background) stage.setBackground(this.scene.background);
    for (const [character, mood] of this.scene.characters) stage.enter(character, mood);
    stage.setSpeaker(this.scene.speaker);
    if (this.scene.calm) stage.setCalm(true);
  }

  get attached(): boolean {
    return this.real !== null;
  }

  /** The background the story shows now (null: none). */
  get background(): string | null {
    return this.scene.background;
  }

  /** The real stage shows the scene: the still stage fades out and is gone. */
  retireStill(): void {
    this.still?.retire();
    this.still = null;
  }

  /** Every stage that draws now: the still one until it retires, the real one once attached. */
  private *stages(): Generator<Stage> {
    if (this.still) yield this.still;
    if (this.real) yield this.real;
  }

  setBackground(location: string): void {
    // The room already shown: no second picture fading in over the same one.
    if (this.scene.background === location) return;
    this.scene.background = location;
    for (const stage of this.stages()) stage.setBackground(location);
  }

  enter(character: string, mood: Mood): void {
    if (this.scene.characters.has(character)) {
      this.setMood(character, mood);
      return;
    }
    this.scene.characters.set(character, mood);
    for (const stage of this.stages()) stage.enter(character, mood);
  }

  leave(character: string): void {
    this.scene.characters.delete(character);
    for (const stage of this.stages()) stage.leave(character);
  }

  setMood(character: string, mood: Mood): void {
    if (!this.scene.characters.has(character)) return;
    this.scene.characters.set(character, mood);
    for (const stage of this.stages()) stage.setMood(character, mood);
  }

  setSpeaker(character: string | null): void {
    this.scene.speaker = character;
    for (const stage of this.stages()) stage.setSpeaker(character);
  }

  setAtmosphere(mood: string | null): void {
    this.scene.atmosphere = mood;
    for (const stage of this.stages()) stage.setAtmosphere(mood);
  }

  clear(): void {
    this.scene.background = null;
    this.scene.characters.clear();
    this.scene.speaker = null;
    for (const stage of this.stages()) stage.clear();
  }

  setReducedMotion(reduced: boolean): void {
    this.scene.reducedMotion = reduced;
    for (const stage of this.stages()) stage.setReducedMotion(reduced);
  }

  setCalm(on: boolean): void {
    if (this.scene.calm === on) return;
    this.scene.calm = on;
    for (const stage of this.stages()) stage.setCalm(on);
  }

  destroy(): void {
    for (const stage of this.stages()) stage.destroy();
    this.still = null;
    this.real = null;
  }

  has(character: string): boolean {
    return this.scene.characters.has(character);
  }
}
