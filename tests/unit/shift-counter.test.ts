import { describe, expect, it } from 'vitest';
import {
  ShiftCounter,
  SHIFT_WINDOW_MS,
  type KeyPress,
  type ShiftResult,
} from '../../src/privacy/shift-counter';

const shift = (time: number, extra: Partial<KeyPress> = {}): KeyPress => ({ key: 'Shift', time, ...extra });

describe('ShiftCounter (SAFETY.md A3)', () => {
  const cases: { name: string; presses: KeyPress[]; last: ShiftResult['kind'] }[] = [
    { name: 'three Shifts in a row exit', presses: [shift(0), shift(300), shift(600)], last: 'exit' },
    { name: 'two Shifts are progress', presses: [shift(0), shift(300)], last: 'progress' },
    {
      name: 'each press within 5 s of the previous one',
      presses: [shift(0), shift(SHIFT_WINDOW_MS), shift(2 * SHIFT_WINDOW_MS)],
      last: 'exit',
    },
    {
      name: 'a gap over 5 s starts again',
      presses: [shift(0), shift(100), shift(100 + SHIFT_WINDOW_MS + 1)],
      last: 'progress',
    },
    {
      name: 'Shift+A resets',
      presses: [shift(0), { key: 'A', time: 100 }, shift(200), shift(300)],
      last: 'progress',
    },
    {
      name: 'Shift held with Ctrl does not count',
      presses: [shift(0), shift(100), shift(200, { otherModifiers: true })],
      last: 'reset',
    },
    {
      name: 'a held Shift (key repeat) counts once',
      presses: [shift(0), shift(50, { repeat: true }), shift(100, { repeat: true })],
      last: 'none',
    },
    {
      name: 'other keys alone do nothing',
      presses: [
        { key: 'a', time: 0 },
        { key: 'Enter', time: 10 },
      ],
      last: 'none',
    },
  ];
  it.each(cases)('$name', ({ presses, last }) => {
    const counter = new ShiftCounter();
    const results = presses.map((press) => counter.press(press));
    expect(results.at(-1)?.kind).toBe(last);
  });

  it('counts progress 1, 2 and then exits, and starts again after exiting', () => {
    const counter = new ShiftCounter();
    expect([0, 1, 2, 3].map((i) => counter.press(shift(i * 100)))).toEqual([
      { kind: 'progress', count: 1 },
      { kind: 'progress', count: 2 },
      { kind: 'exit' },
      { kind: 'progress', count: 1 },
    ]);
  });
});
