// Ambient life on the stage: a wall clock whose hands move, weather outdoors, the family cat at home,
// and the calm-down light. Positions come from assets/art/bg/layout.json (the art generator's own
// numbers). Reduced motion: no particles, no walking cat, the clock's hands jump once a minute.
import type Phaser from 'phaser';
// Extra parts of the custom Phaser build (src/stage/phaser-custom.ts): each registers its factory,
// this.add.graphics and this.add.particles.
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/particles/ParticleEmitterFactory.js';
import { BACKGROUND_SIZE, CAT_ASLEEP_SIZE, CAT_SIZE, propUrl } from './art';
import { layoutOf, type BackgroundLayout } from './layout';
import { seededRandom } from '../util/seeded-random';
import { ambientTween } from './pacing';
import { CLOCK_HANDS, CLOCK_INK, clockTurns } from './composition';

export type TextureLoader = (
  key: string,
  url: string,
  size: { width: number; height: number },
) => Promise<boolean>;

/** Music moods in which nothing playful happens: the cat stays asleep or away, and it rains. */
const HEAVY = new Set(['gespannen', 'verdrietig']);
/** The cat is drawn at this fraction of its SVG size, in background units. */
const CAT_SCALE = 0.75;
const INK = CLOCK_INK;
const SECOND_HAND = 0xe08a6a;
/** The calm screen's breathing rhythm (src/ui/screens/calm.ts): in 4 s, hold 2 s, out 6 s. */
const BREATH = { in: 4000, hold: 2000, out: 6000 } as const;
const BREATH_MS = BREATH.in + BREATH.hold + BREATH.out;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Everything that belongs to one background; faded and destroyed with it. */
interface Place {
  location: string;
  layout: BackgroundLayout;
  objects: Phaser.GameObjects.GameObject[];
  clock: Phaser.GameObjects.Graphics | null;
  shownTime: number;
  cat: Phaser.GameObjects.Image | null;
  catAsleep: boolean;
  catPlan: 'sleep' | 'walk' | 'none';
  walks: number;
  nextWalk: number;
  weather: { emitters: Phaser.GameObjects.Particles.ParticleEmitter[]; clouds: Phaser.GameObjects.Image[] };
  random: () => number;
}

export class AmbientLife {
  private place: Place | null = null;
  private mood: string | null = null;
  private reduced = false;
  private visits = 0;
  private now = 0;
  private calm: {
    dim: Phaser.GameObjects.Rectangle;
    glow: Phaser.GameObjects.Image;
    tween: Phaser.Tweens.Tween | null;
  } | null = null;
  private calmOn = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly load: TextureLoader,
  ) {
    this.makeTextures();
  }

  // ---------- the scene's view of the background ----------

  /** Background units to screen pixels: the background covers the stage, centred. */
  private get cover(): { scale: number; x: (bx: number) => number; y: (by: number) => number } {
    const { width, height } = this.scene.scale;
    const scale = Math.max(width / BACKGROUND_SIZE.width, height / BACKGROUND_SIZE.height);
    return {
      scale,
      x: (bx) => width / 2 + (bx - BACKGROUND_SIZE.width / 2) * scale,
      y: (by) => height / 2 + (by - BACKGROUND_SIZE.height / 2) * scale,
    };
  }

  // ---------- what the stage calls ----------

  /** A new background is fading in over `ms`; the old place fades out with the old background. */
  setLocation(location: string | null, ms: number): void {
    const old = this.place;
    this.place = null;
    if (old) this.dispose(old, ms);
    if (!location) return;
    this.visits++;
    const layout = layoutOf(location);
    const random = seededRandom(hash(location) + this.visits * 7919);
    const place: Place = {
      location,
      layout,
      objects: [],
      clock: null,
      shownTime: -1,
      cat: null,
      catAsleep: false,
      catPlan: 'none',
      walks: 0,
      nextWalk: 0,
      weather: { emitters: [], clouds: [] },
      random,
    };
    this.place = place;
    if (layout.clock) {
      place.clock = this.scene.add.graphics().setDepth(1).setAlpha(0);
      place.objects.push(place.clock);
      this.drawClock(place, true);
    }
    if (layout.cat) {
      const roll = random();
      place.catPlan = roll < 0.35 ? 'sleep' : roll < 0.8 ? 'walk' : 'none';
      place.nextWalk = this.now + 2500 + random() * 6000;
      if (place.catPlan === 'sleep') void this.catSleeps(place);
    }
    this.startWeather(place);
    this.fade(place.objects, 1, ms);
  }

  setMood(mood: string | null): void {
    const wasHeavy = HEAVY.has(this.mood ?? '');
    this.mood = mood;
    const place = this.place;
    // Tension rises: a cat that is walking across quietly leaves the picture.
    const walker = place?.cat;
    if (place && walker && !place.catAsleep && HEAVY.has(mood ?? '')) {
      place.cat = null;
      this.scene.tweens.killTweensOf(walker);
      place.objects.splice(place.objects.indexOf(walker), 1);
      this.fade([walker], 0, this.reduced ? 0 : 500, () => walker.destroy());
      place.nextWalk = this.now + 20000 + place.random() * 25000;
    }
    if (place?.layout.outdoor && wasHeavy !== HEAVY.has(mood ?? '')) {
      this.stopWeather(place, 1500);
      this.startWeather(place);
    }
  }

  setReduced(reduced: boolean): void {
    if (this.reduced === reduced) return;
    this.reduced = reduced;
    const place = this.place;
    if (place) {
      this.stopWeather(place, 0);
      const walker = place.cat;
      if (walker && !place.catAsleep) {
        this.scene.tweens.killTweensOf(walker);
        place.objects.splice(place.objects.indexOf(walker), 1);
        walker.destroy();
        place.cat = null;
      }
      if (place.cat && place.catAsleep) this.breathe(place.cat);
      this.startWeather(place);
      this.drawClock(place, true);
    }
    if (this.calmOn) this.startCalm();
  }

  setCalm(on: boolean): void {
    if (this.calmOn === on) return;
    this.calmOn = on;
    if (on) this.startCalm();
    else this.stopCalm();
  }

  /** Called every frame by the scene. */
  update(time: number): void {
    this.now = time;
    const place = this.place;
    if (!place) return;
    this.drawClock(place, false);
    if (
      place.catPlan === 'walk' &&
      !place.cat &&
      !this.reduced &&
      !this.calmOn &&
      !HEAVY.has(this.mood ?? '') &&
      time >= place.nextWalk &&
      place.walks < 3
    ) {
      place.walks++;
      place.nextWalk = Number.POSITIVE_INFINITY;
      void this.catWalks(place);
    }
  }

  /** Weather emitters now running (they keep the stage drawing at the ambient rate). */
  liveEmitters(): number {
    return this.place?.weather.emitters.length ?? 0;
  }

  /** Milliseconds until a still picture changes by itself (the clock's next tick), or null. */
  nextChangeMs(now = Date.now()): number | null {
    if (!this.place?.clock) return null;
    const step = this.reduced ? 60000 : 1000;
    return step - (now % step) + 20;
  }

  layout(): void {
    const place = this.place;
    if (!place) return;
    this.drawClock(place, true);
    const cat = place.cat;
    const spot = place.layout.cat;
    if (cat && spot) {
      const { scale, x, y } = this.cover;
      if (place.catAsleep) {
        cat.setPosition(x(spot.sleep.x), y(spot.sleep.y)).setScale(scale * CAT_SCALE);
      } else {
        cat.setY(y(spot.walkY)).setScale(scale * CAT_SCALE);
      }
    }
    // Weather is sized to the stage: start it afresh.
    if (place.weather.emitters.length + place.weather.clouds.length > 0) {
      this.stopWeather(place, 0);
      this.startWeather(place);
    }
    if (this.calm) this.layoutCalm();
  }

  destroy(): void {
    if (this.place) this.dispose(this.place, 0);
    this.place = null;
    this.stopCalm();
  }

  // ---------- the clock ----------

  /** Real local time. Hands tick once a second; with reduced motion they jump once a minute. */
  private drawClock(place: Place, force: boolean): void {
    const face = place.layout.clock;
    const g = place.clock;
    if (!face || !g) return;
    const date = new Date();
    const step = this.reduced ? Math.floor(date.getTime() / 60000) : Math.floor(date.getTime() / 1000);
    if (!force && step === place.shownTime) return;
    place.shownTime = step;
    const { scale, x, y } = this.cover;
    const cx = x(face.x);
    const cy = y(face.y);
    const r = face.r * scale;
    const seconds = date.getSeconds();
    const turns = clockTurns(date, !this.reduced);
    const hand = (turns: number, length: number, width: number, color: number, tail = 0) => {
      const a = turns * Math.PI * 2;
      const dx = Math.sin(a);
      const dy = -Math.cos(a);
      g.lineStyle(width, color, 1);
      g.lineBetween(cx - dx * tail, cy - dy * tail, cx + dx * length, cy + dy * length);
      g.fillStyle(color, 1);
      g.fillCircle(cx + dx * length, cy + dy * length, width / 2);
      g.fillCircle(cx - dx * tail, cy - dy * tail, width / 2);
    };
    g.clear();
    const { hour, minute } = CLOCK_HANDS;
    hand(turns.hour, r * hour.length, Math.max(2, r * hour.width), INK);
    hand(turns.minute, r * minute.length, Math.max(1.5, r * minute.width), INK);
    if (!this.reduced) hand(seconds / 60, r * 0.64, Math.max(1, r * 0.03), SECOND_HAND, r * 0.14);
    g.fillStyle(INK, 1);
    g.fillCircle(cx, cy, Math.max(2, r * 0.08));
  }

  // ---------- the cat ----------

  private async catSleeps(place: Place): Promise<void> {
    const spot = place.layout.cat;
    const url = propUrl('kat-slaapt');
    if (!spot || !url || !(await this.load('prop-kat-slaapt', url, CAT_ASLEEP_SIZE))) return;
    if (this.place !== place) return;
    const { scale, x, y } = this.cover;
    const cat = this.scene.add
      .image(x(spot.sleep.x), y(spot.sleep.y), 'prop-kat-slaapt')
      .setOrigin(0.5, 1)
      .setScale(scale * CAT_SCALE)
      .setDepth(5)
      .setAlpha(0);
    place.cat = cat;
    place.catAsleep = true;
    place.objects.push(cat);
    this.fade([cat], 1, this.reduced ? 0 : 900);
    this.breathe(cat);
  }

  /** A sleeping cat breathes slowly (not with reduced motion). */
  private breathe(cat: Phaser.GameObjects.Image): void {
    this.scene.tweens.killTweensOf(cat);
    cat.setAlpha(1);
    if (this.reduced) return;
    const base = cat.scaleY;
    ambientTween(
      this.scene.tweens.add({
        targets: cat,
        scaleY: base * 1.025,
        duration: 1800,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      }),
    );
  }

  private async catWalks(place: Place): Promise<void> {
    const spot = place.layout.cat;
    const url = propUrl('kat');
    if (!spot || !url || !(await this.load('prop-kat', url, CAT_SIZE))) return;
    if (this.place !== place || this.reduced || this.calmOn || HEAVY.has(this.mood ?? '')) {
      place.nextWalk = this.now + 20000;
      return;
    }
    const { scale, y } = this.cover;
    const { width } = this.scene.scale;
    const catWidth = CAT_SIZE.width * CAT_SCALE * scale;
    const toRight = place.walks % 2 === 1;
    const from = toRight ? -catWidth : width + catWidth;
    const to = toRight ? width + catWidth : -catWidth;
    const baseY = y(spot.walkY);
    const cat = this.scene.add
      .image(from, baseY, 'prop-kat')
      .setOrigin(0.5, 1)
      .setScale(scale * CAT_SCALE)
      .setFlipX(!toRight)
      .setDepth(5);
    place.cat = cat;
    place.catAsleep = false;
    place.objects.push(cat);
    // An unhurried walk: about 150 background units a second, with a small step bob.
    const duration = (Math.abs(to - from) / (150 * scale)) * 1000;
    ambientTween(
      this.scene.tweens.add({
        targets: cat,
        y: baseY - 5 * scale,
        duration: 200,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      }),
    );
    this.scene.tweens.add({
      targets: cat,
      x: to,
      duration,
      ease: 'Linear',
      onComplete: () => {
        this.scene.tweens.killTweensOf(cat);
        place.objects.splice(place.objects.indexOf(cat), 1);
        cat.destroy();
        if (place.cat === cat) place.cat = null;
        place.nextWalk = this.now + 20000 + place.random() * 25000;
      },
    });
  }

  // ---------- weather ----------

  private startWeather(place: Place): void {
    const sky = place.layout.outdoor;
    if (!sky || this.reduced) return;
    const { scale, y } = this.cover;
    const { width, height } = this.scene.scale;
    const rain = HEAVY.has(this.mood ?? '');
    const across: Phaser.Types.GameObjects.Particles.RandomZoneSource = {
      getRandomPoint: (point) => {
        point.x = (Math.random() * 1.2 - 0.1) * width;
        point.y = -20 * scale;
        return point;
      },
    };
    let emitter: Phaser.GameObjects.Particles.ParticleEmitter;
    if (rain) {
      // Soft, thin, slanting rain: about 35 drops a second, never a storm.
      const fall = height * 0.9;
      emitter = this.scene.add.particles(0, 0, 'amb-drop', {
        emitZone: { type: 'random', source: across },
        speedY: { min: fall * 0.85, max: fall * 1.1 },
        speedX: -fall * 0.1,
        rotate: 6,
        lifespan: (height / fall) * 1250,
        frequency: 28,
        // Already raining when the scene appears.
        advance: 1500,
        quantity: 1,
        scale: { min: scale * 0.7, max: scale * 1.1 },
        alpha: { min: 0.3, max: 0.55 },
      });
    } else {
      // A few leaves drifting down and across, turning slowly.
      const drift = height / 18;
      emitter = this.scene.add.particles(0, 0, 'amb-leaf', {
        emitZone: { type: 'random', source: across },
        speedY: { min: drift * 0.7, max: drift * 1.2 },
        speedX: { min: drift * 0.2, max: drift * 1.1 },
        rotate: { start: 0, end: 300, random: true },
        lifespan: 19000,
        frequency: 1500,
        // Some leaves are already in the air when the scene appears.
        advance: 12000,
        quantity: 1,
        scale: { min: scale * 0.9, max: scale * 1.5 },
        alpha: { start: 0.95, end: 0.6 },
        tint: [0x6fae7b, 0x9bcb8e, 0xf8dc8c, 0xe08a6a, 0x4e8c62],
      });
    }
    emitter.setDepth(12);
    place.weather.emitters.push(emitter);
    // Two slow clouds in the sky band (grey with rain).
    // Cloud centres stay high enough that no cloud passes in front of a roof.
    const bandTop = y(10);
    const bandBottom = y(Math.max(30, sky.skyBottom - 50));
    for (let i = 0; i < 2; i++) {
      const cloud = this.scene.add
        .image(0, bandTop + (bandBottom - bandTop) * (i === 0 ? 0.3 : 0.9), 'amb-cloud')
        .setScale(scale * (i === 0 ? 1.1 : 0.8))
        .setDepth(0.5)
        .setAlpha(rain ? 0.8 : 0.7)
        .setTint(rain ? 0xc3cad6 : 0xffffff);
      const span = width + cloud.displayWidth * 2;
      const start = -cloud.displayWidth + place.random() * span;
      cloud.setX(start);
      const seconds = (i === 0 ? 150 : 110) * (span / Math.max(1, width));
      ambientTween(
        this.scene.tweens.add({
          targets: cloud,
          x: width + cloud.displayWidth,
          duration: ((width + cloud.displayWidth - start) / span) * seconds * 1000,
          onComplete: () => {
            cloud.setX(-cloud.displayWidth);
            ambientTween(
              this.scene.tweens.add({
                targets: cloud,
                x: width + cloud.displayWidth,
                duration: seconds * 1000,
                repeat: -1,
              }),
            );
          },
        }),
      );
      place.weather.clouds.push(cloud);
    }
  }

  private stopWeather(place: Place, ms: number): void {
    // Particles already in the air fall on; the emitter goes when they are gone.
    for (const emitter of place.weather.emitters.splice(0)) {
      emitter.stop();
      this.fade([emitter], 0, ms, () => emitter.destroy());
    }
    for (const cloud of place.weather.clouds.splice(0)) {
      this.scene.tweens.killTweensOf(cloud);
      this.fade([cloud], 0, ms, () => cloud.destroy());
    }
  }

  // ---------- calm-down light ----------

  private startCalm(): void {
    if (!this.calm) {
      const dim = this.scene.add.rectangle(0, 0, 10, 10, 0x151c2e, 0).setOrigin(0, 0).setDepth(40);
      const glow = this.scene.add.image(0, 0, 'amb-glow').setDepth(41).setAlpha(0);
      this.calm = { dim, glow, tween: null };
      this.layoutCalm();
    }
    const { dim, glow } = this.calm;
    this.calm.tween?.remove();
    this.scene.tweens.killTweensOf([dim, glow]);
    this.scene.tweens.add({ targets: dim, fillAlpha: 0.5, duration: this.reduced ? 0 : 900 });
    const base = this.glowBase();
    if (this.reduced) {
      glow.setAlpha(0.4).setScale(base);
      this.calm.tween = null;
      return;
    }
    // One breath per cycle: grow while breathing in, stay, shrink slowly while breathing out.
    const cycle = { t: 0 };
    // Slow light behind the calm screen, whose own animation leads the breathing: the ambient rate.
    this.calm.tween = ambientTween(
      this.scene.tweens.add({
        targets: cycle,
        t: 1,
        duration: BREATH_MS,
        repeat: -1,
        onUpdate: () => {
          const ms = cycle.t * BREATH_MS;
          let b: number;
          if (ms < BREATH.in) b = 0.5 - Math.cos((ms / BREATH.in) * Math.PI) / 2;
          else if (ms < BREATH.in + BREATH.hold) b = 1;
          else b = 0.5 + Math.cos(((ms - BREATH.in - BREATH.hold) / BREATH.out) * Math.PI) / 2;
          glow.setScale(this.glowBase() * (0.75 + 0.35 * b)).setAlpha(0.2 + 0.4 * b);
        },
      }),
    );
    glow.setScale(base * 0.75).setAlpha(0.2);
  }

  private stopCalm(): void {
    const calm = this.calm;
    if (!calm) return;
    calm.tween?.remove();
    calm.tween = null;
    this.scene.tweens.killTweensOf([calm.dim, calm.glow]);
    const ms = this.reduced ? 0 : 700;
    this.scene.tweens.add({ targets: calm.dim, fillAlpha: 0, duration: ms });
    this.fade([calm.glow], 0, ms);
  }

  private glowBase(): number {
    const { width, height } = this.scene.scale;
    // Big enough to glow around the calm screen's card, not only behind it.
    return (Math.min(width, height) * 1.4) / 256;
  }

  private layoutCalm(): void {
    if (!this.calm) return;
    const { width, height } = this.scene.scale;
    this.calm.dim.setSize(width, height);
    this.calm.glow.setPosition(width / 2, height * 0.4);
    if (this.reduced && this.calmOn) this.calm.glow.setScale(this.glowBase());
  }

  // ---------- helpers ----------

  private fade(objects: Phaser.GameObjects.GameObject[], alpha: number, ms: number, done?: () => void): void {
    if (objects.length === 0) return;
    this.scene.tweens.add({ targets: objects, alpha, duration: ms, onComplete: () => done?.() });
  }

  private dispose(place: Place, ms: number): void {
    this.stopWeather(place, ms);
    const objects = place.objects.splice(0);
    this.scene.tweens.killTweensOf(objects);
    place.cat = null;
    place.clock = null;
    this.fade(objects, 0, ms, () => {
      for (const object of objects) object.destroy();
    });
  }

  /** Small textures drawn once on a canvas: a raindrop, a leaf, a cloud, a soft glow. */
  private makeTextures(): void {
    const draw = (key: string, w: number, h: number, paint: (ctx: CanvasRenderingContext2D) => void) => {
      if (this.scene.textures.exists(key)) return;
      const texture = this.scene.textures.createCanvas(key, w, h);
      if (!texture) return;
      paint(texture.context);
      texture.refresh();
    };
    draw('amb-drop', 4, 26, (ctx) => {
      const gradient = ctx.createLinearGradient(0, 0, 0, 26);
      gradient.addColorStop(0, 'rgba(230,244,255,0)');
      gradient.addColorStop(1, 'rgba(230,244,255,1)');
      ctx.fillStyle = gradient;
      ctx.beginPath();
      ctx.roundRect(0.5, 0, 3, 26, 1.5);
      ctx.fill();
    });
    draw('amb-leaf', 24, 14, (ctx) => {
      ctx.fillStyle = '#ffffff';
      ctx.beginPath();
      ctx.moveTo(1, 7);
      ctx.quadraticCurveTo(12, -3, 23, 7);
      ctx.quadraticCurveTo(12, 17, 1, 7);
      ctx.fill();
    });
    draw('amb-cloud', 220, 100, (ctx) => {
      ctx.fillStyle = '#fffdf8';
      for (const [x, y, r] of [
        [50, 62, 34],
        [96, 46, 44],
        [146, 56, 36],
        [178, 70, 24],
      ] as const) {
        ctx.beginPath();
        ctx.arc(x, y, r, 0, Math.PI * 2);
        ctx.fill();
      }
      ctx.beginPath();
      ctx.roundRect(18, 62, 182, 32, 16);
      ctx.fill();
    });
    draw('amb-glow', 256, 256, (ctx) => {
      const gradient = ctx.createRadialGradient(128, 128, 0, 128, 128, 128);
      gradient.addColorStop(0, 'rgba(255,227,176,0.9)');
      gradient.addColorStop(0.45, 'rgba(255,214,150,0.35)');
      gradient.addColorStop(1, 'rgba(255,214,150,0)');
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, 256, 256);
    });
  }
}
