// Settings: text size, font, contrast, motion, text speed, read-aloud and sound. Real form controls
// with labels (radio groups, checkboxes, sliders): no free text. Every change works at once.
import { button, h } from '../dom';
import type { MessageKey, Translate } from '../../i18n';
import { TEXT_SCALES, type Settings, type SettingsListener } from '../../app/settings';

export interface SettingsModel {
  readonly value: Readonly<Settings>;
  /** Less motion as it works now (the setting, or else the device). */
  readonly reducedMotion: boolean;
  readonly readAloudAvailable: boolean;
  update(change: Partial<Settings>): void;
  subscribe(listener: SettingsListener): () => void;
}

const SCALE_LABELS: Record<(typeof TEXT_SCALES)[number], MessageKey> = {
  1: 'settings.textSize.normal',
  1.25: 'settings.textSize.large',
  1.5: 'settings.textSize.larger',
  2: 'settings.textSize.largest',
};

let ids = 0;

function radioGroup<V extends string | number>(
  legend: string,
  name: string,
  options: { value: V; label: string }[],
  current: V,
  onChange: (value: V) => void,
  hint?: string,
): { element: HTMLFieldSetElement; set: (value: V) => void } {
  const hintId = hint ? `${name}-hint-${++ids}` : null;
  const inputs = options.map((option) =>
    h('input', {
      type: 'radio',
      name: `setting-${name}`,
      value: String(option.value),
      checked: option.value === current,
      onchange: () => onChange(option.value),
    }),
  );
  const element = h(
    'fieldset',
    { class: 'setting-group', 'aria-describedby': hintId, 'data-setting': name },
    h('legend', {}, legend),
    hint ? h('p', { id: hintId, class: 'muted small' }, hint) : null,
    h(
      'div',
      { class: 'setting-options' },
      options.map((option, i) =>
        h('label', { class: 'setting-option' }, inputs[i], h('span', {}, option.label)),
      ),
    ),
  );
  const set = (value: V) =>
    inputs.forEach((input, i) => {
      input.checked = options[i]?.value === value;
    });
  return { element, set };
}

function checkbox(
  label: string,
  name: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
  hint?: string,
): { element: HTMLElement; input: HTMLInputElement; hint: HTMLElement | null } {
  const id = `setting-${name}-${++ids}`;
  const hintElement = hint ? h('p', { id: `${id}-hint`, class: 'muted small setting-hint' }, hint) : null;
  const input = h('input', {
    type: 'checkbox',
    id,
    checked,
    'aria-describedby': hintElement ? `${id}-hint` : null,
    onchange: () => onChange(input.checked),
  });
  const element = h(
    'div',
    { class: 'setting-check', 'data-setting': name },
    h('label', { class: 'setting-option', for: id }, input, h('span', {}, label)),
    hintElement,
  );
  return { element, input, hint: hintElement };
}

function slider(
  t: Translate,
  label: string,
  name: string,
  value: number,
  onChange: (value: number) => void,
): { element: HTMLElement; set: (value: number) => void } {
  const id = `setting-${name}-${++ids}`;
  const output = h('output', { for: id, class: 'setting-value', 'aria-hidden': 'true' });
  const input = h('input', {
    type: 'range',
    id,
    min: 0,
    max: 100,
    step: 10,
    value: Math.round(value * 100),
    oninput: () => {
      show(Number(input.value));
      onChange(Number(input.value) / 100);
    },
  });
  const show = (percent: number) => {
    output.textContent = `${percent}%`;
    input.setAttribute('aria-valuetext', t('settings.percent', { n: percent }));
  };
  show(Math.round(value * 100));
  // Buttons beside the slider: one tap or one switch press per step, no dragging (WCAG 2.5.7).
  const step = (delta: number) => {
    const percent = Math.min(100, Math.max(0, Number(input.value) + delta));
    input.value = String(percent);
    show(percent);
    onChange(percent / 100);
  };
  const element = h(
    'div',
    { class: 'setting-slider', 'data-setting': name },
    h('div', { class: 'setting-slider-head' }, h('label', { for: id }, label), output),
    h(
      'div',
      { class: 'setting-slider-row' },
      button('−', () => step(-10), {
        class: 'btn btn-step',
        'aria-label': t('settings.softer', { name: label }),
      }),
      input,
      button('+', () => step(10), {
        class: 'btn btn-step',
        'aria-label': t('settings.louder', { name: label }),
      }),
    ),
  );
  return {
    element,
    set: (next) => {
      const percent = Math.round(next * 100);
      if (Number(input.value) !== percent) input.value = String(percent);
      show(percent);
    },
  };
}

export function settingsScreen(
  t: Translate,
  model: SettingsModel,
  options: { stored: boolean; back: () => void },
): HTMLElement {
  const s = model.value;
  const update = (change: Partial<Settings>) => model.update(change);

  const textSize = radioGroup(
    t('settings.textSize'),
    'text-size',
    TEXT_SCALES.map((value) => ({ value, label: t(SCALE_LABELS[value]) })),
    s.textScale,
    (textScale) => update({ textScale }),
  );
  const font = radioGroup(
    t('settings.font'),
    'font',
    [
      { value: 'legible' as const, label: t('settings.font.legible') },
      { value: 'dyslexic' as const, label: t('settings.font.dyslexic') },
    ],
    s.font,
    (value) => update({ font: value }),
  );
  const contrast = checkbox(t('settings.highContrast'), 'high-contrast', s.highContrast, (highContrast) =>
    update({ highContrast }),
  );
  const motion = checkbox(
    t('settings.reducedMotion'),
    'reduced-motion',
    model.reducedMotion,
    (reducedMotion) => update({ reducedMotion }),
    t('settings.reducedMotionHint'),
  );
  const speed = radioGroup(
    t('settings.textSpeed'),
    'text-speed',
    [
      { value: 'instant' as const, label: t('settings.textSpeed.instant') },
      { value: 'typed' as const, label: t('settings.textSpeed.typed') },
    ],
    s.textSpeed,
    (textSpeed) => update({ textSpeed }),
    t('settings.textSpeedHint'),
  );
  const readAloud = checkbox(
    t('settings.readAloudLabel'),
    'read-aloud',
    s.readAloud,
    (value) => update({ readAloud: value }),
    t('settings.readAloudHint'),
  );
  const mute = checkbox(t('settings.mute'), 'mute', s.muted, (muted) => update({ muted }));
  const master = slider(t, t('settings.volume.master'), 'volume-master', s.volume.master, (v) =>
    update({ volume: { ...model.value.volume, master: v } }),
  );
  const music = slider(t, t('settings.volume.music'), 'volume-music', s.volume.music, (v) =>
    update({ volume: { ...model.value.volume, music: v } }),
  );
  const effects = slider(t, t('settings.volume.effects'), 'volume-effects', s.volume.effects, (v) =>
    update({ volume: { ...model.value.volume, effects: v } }),
  );

  const showReadAloud = () => {
    const available = model.readAloudAvailable;
    readAloud.input.disabled = !available;
    readAloud.input.checked = available && model.value.readAloud;
    if (readAloud.hint)
      readAloud.hint.textContent = available
        ? t('settings.readAloudHint')
        : t('settings.readAloudUnavailable');
    readAloud.element.classList.toggle('setting-unavailable', !available);
  };
  showReadAloud();

  const screen = h(
    'section',
    { class: 'screen', 'aria-labelledby': 'settings-title', 'data-kind': 'settings' },
    h(
      'div',
      { class: 'card settings' },
      h('h2', { id: 'settings-title' }, t('settings.title')),
      h('p', { class: 'muted' }, t('settings.lead')),
      h('h3', {}, t('settings.reading')),
      textSize.element,
      font.element,
      speed.element,
      h('h3', {}, t('settings.look')),
      h('div', { class: 'setting-group' }, contrast.element, motion.element),
      h('h3', {}, t('settings.readAloud')),
      h('div', { class: 'setting-group' }, readAloud.element),
      h('h3', {}, t('settings.sound')),
      h('div', { class: 'setting-group' }, mute.element, master.element, music.element, effects.element),
      h('p', { class: 'muted small' }, options.stored ? t('settings.stored') : t('settings.notStored')),
      h('div', { class: 'actions' }, button(t('settings.back'), options.back, { class: 'btn btn-primary' })),
    ),
  );

  // Changes from elsewhere (the sound button in the toolbar, voices that load late) show here too.
  let seen = false;
  const unsubscribe = model.subscribe((value) => {
    if (!screen.isConnected) {
      if (seen) unsubscribe();
      return;
    }
    seen = true;
    textSize.set(value.textScale);
    font.set(value.font);
    speed.set(value.textSpeed);
    contrast.input.checked = value.highContrast;
    motion.input.checked = model.reducedMotion;
    mute.input.checked = value.muted;
    master.set(value.volume.master);
    music.set(value.volume.music);
    effects.set(value.volume.effects);
    showReadAloud();
  });
  return screen;
}
