// Heavy background work (fetching and booting the stage) waits while a story's opening is on screen,
// only a moment while its content note is read, and never when no story is opening.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settled } from './settled';
import { NOTE_WAIT_MS, OpeningGate } from '../../src/app/opening-gate';

afterEach(() => {
  vi.useRealTimers();
});

describe('OpeningGate', () => {
  it('lets work through at once when no opening is on screen', async () => {
    expect(await settled(new OpeningGate().whenOpen())).toBe(true);
  });

  it('holds work until the first choice releases it', async () => {
    vi.useFakeTimers();
    const gate = new OpeningGate();
    gate.hold();
    const waiting = gate.whenOpen();
    expect(await settled(waiting)).toBe(false);
    gate.release();
    expect(await settled(waiting)).toBe(true);
    expect(gate.isHeld).toBe(false);
  });

  it('holds work under a content note only a moment', async () => {
    vi.useFakeTimers();
    const gate = new OpeningGate();
    gate.holdForNote();
    const waiting = gate.whenOpen();
    vi.advanceTimersByTime(NOTE_WAIT_MS - 1);
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(waiting)).toBe(true);
    // Released later: nothing breaks, nothing runs twice.
    gate.release();
  });

  it('once the story starts, work waits for the first choice however long the opening takes', async () => {
    vi.useFakeTimers();
    const gate = new OpeningGate();
    gate.holdForNote();
    const waiting = gate.whenOpen();
    vi.advanceTimersByTime(NOTE_WAIT_MS / 2);
    gate.hold();
    vi.advanceTimersByTime(60_000);
    expect(await settled(waiting)).toBe(false);
    gate.release();
    expect(await settled(waiting)).toBe(true);
  });

  it('work asked for after the note timer ran waits its own moment', async () => {
    vi.useFakeTimers();
    const gate = new OpeningGate();
    gate.holdForNote();
    vi.advanceTimersByTime(NOTE_WAIT_MS * 3);
    const waiting = gate.whenOpen();
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersByTime(NOTE_WAIT_MS);
    expect(await settled(waiting)).toBe(true);
  });

  it('leaving the note (another story, the menu) lets work through at once', async () => {
    const gate = new OpeningGate();
    gate.holdForNote();
    const waiting = gate.whenOpen();
    gate.release();
    expect(await settled(waiting)).toBe(true);
  });
});
