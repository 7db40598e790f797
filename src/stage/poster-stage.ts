// The still stage: the scene as plain HTML pictures. It draws from the story's first line on, while the
// Phaser stage is still loading (Phaser boots after the story's opening, src/app/opening-gate.ts), and
// for good where WebGL is missing. It composes the scene as the Phaser stage does (src/stage/composition.ts):
// the background covers the stage, characters stand in the same places, the speaker in front and the
// others dimmed, light follows the mood. Changes are CSS transitions, none with reduced motion. Once
// Phaser shows the same scene, the still stage fades out and is removed (`retire`).
import type { Mood } from '../story/types';
import type { Stage } from './types';
import { BACKGROUND_SIZE, backgroundUrl, characterUrl } from './art';
import { layoutOf } from './layout';
import { whenIdle } from '../util/idle';
import {
  ATMOSPHERE,
  CLOCK_HANDS,
  CLOCK_INK,
  clockTurns,
  DURATION,
  ENTRANCE_SLIDE,
  MAX_VISIBLE_ACTORS,
  actorPlacement,
  slotsFor,
} from './composition';

interface StillActor {
  character: string;
  mood: Mood;
  image: HTMLImageElement;
}

/** How long a picture may wait for an idle moment (src/util/idle.ts) before it is drawn anyway. */
const IDLE_WAIT_MS = 150;

/**
 * Loads and decodes a picture before it is shown, so it never appears half drawn. An SVG picture is
 * parsed and drawn on the page's main thread: it waits for an idle moment, so the text comes first.
 */
async function decoded(url: string): Promise<HTMLImageElement | null> {
  await whenIdle(IDLE_WAIT_MS);
  const image = new Image();
  image.alt = '';
  image.decoding = 'async';
  image.src = url;
  try {
    await image.decode();
    return image;
  } catch {
    return null;
  }
}

const hex = (color: number) => `#${color.toString(16).padStart(6, '0')}`;
const SVG = 'http://www.w3.org/2000/svg';

/**
 * The wall clock's hour and minute hands over a background that has a clock, in the background's own
 * coordinates (the SVG covers the stage as the picture does). Set to the real time, every minute.
 */
function clockHands(location: string): { element: SVGSVGElement; update: () => void } | null {
  const face = layoutOf(location).clock;
  if (!face) return null;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${BACKGROUND_SIZE.width} ${BACKGROUND_SIZE.height}`);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid slice');
  svg.setAttribute('class', 'stage-still-clock');
  const hands = (['hour', 'minute'] as const).map((name) => {
    const line = document.createElementNS(SVG, 'line');
    const { length, width } = CLOCK_HANDS[name];
    line.setAttribute('x1', String(face.x));
    line.setAttribute('y1', String(face.y));
    line.setAttribute('x2', String(face.x));
    line.setAttribute('y2', String(face.y - face.r * length));
    line.setAttribute('stroke', hex(CLOCK_INK));
    line.setAttribute('stroke-width', String(face.r * width));
    line.setAttribute('stroke-linecap', 'round');
    svg.append(line);
    return { name, line };
  });
  const pin = document.createElementNS(SVG, 'circle');
  pin.setAttribute('cx', String(face.x));
  pin.setAttribute('cy', String(face.y));
  pin.setAttribute('r', String(face.r * 0.08));
  pin.setAttribute('fill', hex(CLOCK_INK));
  svg.append(pin);
  const update = () => {
    const turns = clockTurns(new Date(), false);
    for (const { name, line } of hands) {
      line.setAttribute('transform', `rotate(${turns[name] * 360} ${face.x} ${face.y})`);
    }
  };
  update();
  return { element: svg, update };
}

export class PosterStage implements Stage {
  private readonly root: HTMLElement;
  private readonly light: HTMLElement;
  private background: HTMLImageElement | null = null;
  private backgroundToken = 0;
  private readonly actors: StillActor[] = [];
  private speaker: string | null = null;
  private reduced = false;
  private portrait = false;
  private readonly resized: ResizeObserver;
  private readonly clockTimer: ReturnType<typeof setInterval>;
  private clock: { element: SVGSVGElement; update: () => void } | null = null;

  /** `onScene` is told which background is on screen (null: none), when its fade-in starts. */
  constructor(
    private readonly host: HTMLElement,
    private readonly onScene: (location: string | null) => void = () => undefined,
  ) {
    this.root = document.createElement('div');
    this.root.className = 'stage-still';
    this.light = document.createElement('div');
    this.light.className = 'stage-still-light';
    this.root.append(this.light);
    host.append(this.root);
    // The shape comes with the observer's first report, after the next layout: reading the host's size
    // here would force a layout of the whole page while the game's script starts (about 40 ms at 4x
    // CPU slowdown, then done again once the first screen is in).
    this.resized = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const portrait = entry.contentRect.height > entry.contentRect.width;
      if (portrait === this.portrait) return;
      this.portrait = portrait;
      this.layoutActors();
    });
    this.resized.observe(host);
    // The clock's hands move once a minute, as the Phaser stage's do with reduced motion.
    this.clockTimer = setInterval(() => this.clock?.update(), 15_000);
  }

  private ms(duration: number): number {
    return this.reduced ? 0 : duration;
  }

  /** Sets a style now and changes it over `duration` ms, after the element has been drawn once. */
  private transition(element: HTMLElement, duration: number, change: () => void): void {
    element.style.transitionDuration = `${this.ms(duration)}ms`;
    if (this.reduced) {
      change();
      return;
    }
    requestAnimationFrame(() => requestAnimationFrame(change));
  }

  setBackground(location: string): void {
    const url = backgroundUrl(location);
    const token = ++this.backgroundToken;
    if (!url) return;
    void decoded(url).then((image) => {
      if (!image || token !== this.backgroundToken || !this.root.isConnected) return;
      const previous = this.background;
      image.className = 'stage-still-bg';
      // Over the previous background (which stays until this one covers it), under the characters.
      this.root.insertBefore(image, this.root.querySelector('.stage-still-actor') ?? this.light);
      this.background = image;
      this.clock?.element.remove();
      this.clock = clockHands(location);
      if (this.clock) image.after(this.clock.element);
      this.onScene(location);
      const clock = this.clock?.element;
      if (clock) clock.style.transitionDuration = `${this.ms(DURATION.background)}ms`;
      this.transition(image, DURATION.background, () => {
        image.classList.add('shown');
        clock?.classList.add('shown');
      });
      if (previous) setTimeout(() => previous.remove(), this.ms(DURATION.background));
    });
  }

  enter(character: string, mood: Mood): void {
    if (this.actors.some((actor) => actor.character === character)) {
      this.setMood(character, mood);
      return;
    }
    const url = characterUrl(character, mood);
    if (!url) return;
    const actor: StillActor = { character, mood, image: new Image() };
    this.actors.push(actor);
    void decoded(url).then((image) => {
      if (!image || !this.actors.includes(actor)) return;
      image.className = 'stage-still-actor';
      actor.image = image;
      const fromLeft = this.actors.indexOf(actor) < this.actors.length / 2;
      image.style.setProperty('--slide', `${fromLeft ? -ENTRANCE_SLIDE : ENTRANCE_SLIDE}px`);
      this.root.insertBefore(image, this.light);
      this.layoutActors();
      this.transition(image, DURATION.enter, () => image.classList.add('shown'));
    });
  }

  leave(character: string): void {
    const index = this.actors.findIndex((actor) => actor.character === character);
    if (index < 0) return;
    const [actor] = this.actors.splice(index, 1);
    if (!actor) return;
    actor.image.style.transitionDuration = `${this.ms(DURATION.leave)}ms`;
    actor.image.classList.remove('shown');
    setTimeout(() => actor.image.remove(), this.ms(DURATION.leave));
    this.layoutActors();
  }

  setMood(character: string, mood: Mood): void {
    const actor = this.actors.find((candidate) => candidate.character === character);
    const url = characterUrl(character, mood);
    if (!actor || !url) return;
    actor.mood = mood;
    // The new face is decoded first, so the swap shows no empty frame.
    void decoded(url).then((image) => {
      if (image && actor.mood === mood) actor.image.src = image.src;
    });
  }

  setSpeaker(character: string | null): void {
    // Most lines keep the speaker: no style to write then (this runs for every line).
    if (character === this.speaker) return;
    this.speaker = character;
    this.layoutActors();
  }

  setAtmosphere(mood: string | null): void {
    const look = (mood && ATMOSPHERE[mood]) || { color: 0x000000, alpha: 0 };
    this.light.style.transitionDuration = `${this.ms(DURATION.light)}ms`;
    this.light.style.backgroundColor = hex(look.color);
    this.light.style.opacity = String(look.alpha);
  }

  clear(): void {
    this.backgroundToken++;
    this.actors.length = 0;
    this.background = null;
    this.clock = null;
    // Everything, also a background still fading out or a character still leaving: after a quick exit
    // and a return (back/forward cache) no trace of the last scene may show.
    const pictures = this.root.querySelectorAll('.stage-still-bg, .stage-still-actor, .stage-still-clock');
    for (const picture of pictures) picture.remove();
    this.speaker = null;
    this.onScene(null);
  }

  setReducedMotion(reduced: boolean): void {
    this.reduced = reduced;
  }

  setCalm(on: boolean): void {
    this.root.classList.toggle('calm', on);
  }

  /** Fades out (the Phaser stage now shows the scene), then removes itself. */
  retire(): void {
    this.root.style.transitionDuration = `${this.ms(300)}ms`;
    this.root.classList.add('retiring');
    setTimeout(() => this.destroy(), this.ms(300));
  }

  destroy(): void {
    this.resized.disconnect();
    clearInterval(this.clockTimer);
    this.backgroundToken++;
    this.actors.length = 0;
    this.background = null;
    this.root.remove();
    this.onScene(null);
  }

  private layoutActors(): void {
    const placement = actorPlacement(this.portrait);
    const visible = this.actors.slice(-MAX_VISIBLE_ACTORS);
    const slots = slotsFor(visible.length);
    for (const actor of this.actors) actor.image.hidden = !visible.includes(actor);
    visible.forEach((actor, i) => {
      const { style } = actor.image;
      style.left = `${(slots[i] ?? 0.5) * 100}%`;
      style.height = `${placement.height * 100}%`;
      style.bottom = `${(1 - placement.feet) * 100}%`;
      const speaking = this.speaker === null || actor.character === this.speaker;
      actor.image.classList.toggle('listening', !speaking);
      style.zIndex = actor.character === this.speaker ? '2' : '1';
    });
  }
}
