// The stage proxy: the still stage draws until Phaser is attached and has shown the scene; Phaser gets
// the latest scene replayed when it arrives; both follow the story until the still stage retires.
import { describe, expect, it } from 'vitest';
import { StageProxy, type StillStage } from '../../src/stage/stage-proxy';
import type { Stage } from '../../src/stage/types';
import { actorPlacement, clockTurns, slotsFor } from '../../src/stage/composition';

/** A stage that writes down every call. */
function recorder(): { stage: StillStage; calls: string[] } {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      calls.push(args.length ? `${name}(${args.map(String).join(',')})` : name);
  const stage: StillStage = {
    setBackground: record('setBackground'),
    enter: record('enter'),
    leave: record('leave'),
    setMood: record('setMood'),
    setSpeaker: record('setSpeaker'),
    setAtmosphere: record('setAtmosphere'),
    clear: record('clear'),
    setReducedMotion: record('setReducedMotion'),
    setCalm: record('setCalm'),
    destroy: record('destroy'),
    retire: record('retire'),
  };
  return { stage, calls };
}

describe('stage proxy with a still stage', () => {
  it('sends the story to the still stage before Phaser is there', () => {
    const still = recorder();
    const proxy = new StageProxy(still.stage);
    proxy.setBackground('keuken');
    proxy.enter('zus', 'blij');
    proxy.setSpeaker('zus');
    expect(still.calls).toEqual(['setBackground(keuken)', 'enter(zus,blij)', 'setSpeaker(zus)']);
    expect(proxy.background).toBe('keuken');
  });

  it('draws a room once: the same background again (the story opening in the room already shown) is no new picture', () => {
    const still = recorder();
    const real = recorder();
    const proxy = new StageProxy(still.stage);
    proxy.attach(real.stage as Stage);
    proxy.setBackground('keuken');
    proxy.setBackground('keuken');
    proxy.setBackground('straat');
    proxy.setBackground('keuken');
    proxy.clear();
    proxy.setBackground('keuken');
    const backgrounds = (calls: string[]) => calls.filter((call) => call.startsWith('setBackground'));
    const expected = [
      'setBackground(keuken)',
      'setBackground(straat)',
      'setBackground(keuken)',
      'setBackground(keuken)',
    ];
    expect(backgrounds(still.calls)).toEqual(expected);
    expect(backgrounds(real.calls)).toEqual(expected);
  });

  it('replays the latest scene into Phaser, then both follow the story until the still stage retires', () => {
    const still = recorder();
    const real = recorder();
    const proxy = new StageProxy(still.stage);
    proxy.setReducedMotion(true);
    proxy.setAtmosphere('gespannen');
    proxy.setBackground('keuken');
    proxy.enter('zus', 'blij');
    proxy.enter('papa', 'boos');
    proxy.leave('papa');
    proxy.setMood('zus', 'bang');
    proxy.setSpeaker('zus');
    proxy.attach(real.stage as Stage);
    expect(real.calls).toEqual([
      'setReducedMotion(true)',
      'setAtmosphere(gespannen)',
      'setBackground(keuken)',
      'enter(zus,bang)',
      'setSpeaker(zus)',
    ]);
    still.calls.length = 0;
    real.calls.length = 0;
    proxy.setBackground('slaapkamer');
    expect(still.calls).toEqual(['setBackground(slaapkamer)']);
    expect(real.calls).toEqual(['setBackground(slaapkamer)']);
    proxy.retireStill();
    proxy.retireStill();
    proxy.clear();
    expect(still.calls).toEqual(['setBackground(slaapkamer)', 'retire']);
    expect(real.calls).toEqual(['setBackground(slaapkamer)', 'clear']);
  });

  it('destroys both stages', () => {
    const still = recorder();
    const real = recorder();
    const proxy = new StageProxy(still.stage);
    proxy.attach(real.stage);
    proxy.destroy();
    expect(still.calls).toContain('destroy');
    expect(real.calls).toContain('destroy');
  });
});

describe('scene composition shared by both stages', () => {
  it.each([
    [1, [0.5]],
    [2, [0.3, 0.7]],
    [3, [0.2, 0.5, 0.8]],
    [5, [0.2, 0.5, 0.8]],
    [0, [0.5]],
  ])('%i characters stand at %j of the width', (count, slots) => {
    expect(slotsFor(count)).toEqual(slots);
  });

  it.each([
    [false, { height: 0.82, feet: 1.04 }],
    [true, { height: 0.5, feet: 0.66 }],
  ])('portrait %s: characters are %j of the height', (portrait, placement) => {
    expect(actorPlacement(portrait)).toEqual(placement);
  });

  it.each([
    ['12:00', new Date(2026, 10, 23, 12, 0, 0), false, { hour: 0, minute: 0 }],
    ['03:00', new Date(2026, 10, 23, 3, 0, 0), false, { hour: 0.25, minute: 0 }],
    ['15:30', new Date(2026, 10, 23, 15, 30, 0), false, { hour: 3.5 / 12, minute: 0.5 }],
    ['18:45:30, whole minutes', new Date(2026, 10, 23, 18, 45, 30), false, { hour: 6.75 / 12, minute: 0.75 }],
    [
      '18:45:30, with seconds',
      new Date(2026, 10, 23, 18, 45, 30),
      true,
      { hour: (6 + 45.5 / 60) / 12, minute: 45.5 / 60 },
    ],
  ])('the clock at %s points its hands at %j turns', (_, date, withSeconds, turns) => {
    const result = clockTurns(date, withSeconds);
    expect(result.hour).toBeCloseTo(turns.hour, 10);
    expect(result.minute).toBeCloseTo(turns.minute, 10);
  });
});
