// The director talks to this proxy from the first line on; it replays the latest scene into the
// real stage once Phaser has loaded, so the story never waits for the canvas.
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

  setBackground(location: string): void {
    this.scene.background = location;
    this.real?.setBackground(location);
  }

  enter(character: string, mood: Mood): void {
    if (this.scene.characters.has(character)) {
      this.setMood(character, mood);
      return;
    }
    this.scene.characters.set(character, mood);
    this.real?.enter(character, mood);
  }

  leave(character: string): void {
    this.scene.characters.delete(character);
    this.real?.leave(character);
  }

  setMood(character: string, mood: Mood): void {
    if (!this.scene.characters.has(character)) return;
    this.scene.characters.set(character, mood);
    this.real?.setMood(character, mood);
  }

  setSpeaker(character: string | null): void {
    this.scene.speaker = character;
    this.real?.setSpeaker(character);
  }

  setAtmosphere(mood: string | null): void {
    this.scene.atmosphere = mood;
    this.real?.setAtmosphere(mood);
  }

  clear(): void {
    this.scene.background = null;
    this.scene.characters.clear();
    this.scene.speaker = null;
    this.real?.clear();
  }

  setReducedMotion(reduced: boolean): void {
    this.scene.reducedMotion = reduced;
    this.real?.setReducedMotion(reduced);
  }

  setCalm(on: boolean): void {
    if (this.scene.calm === on) return;
    this.scene.calm = on;
    this.real?.setCalm(on);
  }

  destroy(): void {
    this.real?.destroy();
    this.real = null;
  }

  has(character: string): boolean {
    return this.scene.characters.has(character);
  }
}
