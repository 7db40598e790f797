// In-page probe and player for scripts/bench.ts. Injected as text before the page's own scripts
// (so it is plain JavaScript, not bundled). It reads window.__BENCH_CONFIG, plays the story by
// clicking real buttons as soon as they are enabled, and records in window.__bench:
//   marks     ms since navigation start: quickExit, click, firstLine, firstChoice, phaserReady,
//             scene (first background drawn, by the still pictures or by Phaser), phaserScene (by
//             Phaser), end
//   scenes    every change of [data-scene] on the stage element
//   frames    requestAnimationFrame deltas during the first background cross-fade
//   choice    { ms, frames } from clicking the first choice to the next line on screen
// "On screen" is the end of the frame that shows it: requestAnimationFrame, then the next task.
(() => {
  const cfg = window.__BENCH_CONFIG;
  const bench = {
    marks: {},
    scenes: [],
    frames: null,
    choice: null,
    scenarios: 0,
    /** set while the player waits after this many scenarios, for the heap to be measured */
    checkpoint: null,
    state: 'start',
    /** the first scenario, step by step: [ms, what] (a new line's first words, "next", "choices") */
    steps: [],
    done: false,
    error: null,
  };
  window.__bench = bench;
  performance.setResourceTimingBufferSize(100000);

  const now = () => performance.now();
  const channel = new MessageChannel();
  const afterTask = [];
  channel.port1.onmessage = () => afterTask.shift()?.();
  /** Runs `callback` in the next task: after the current frame has been painted when called in a frame. */
  const nextTask = (callback) => {
    afterTask.push(callback);
    channel.port2.postMessage(null);
  };
  /** Runs `callback(time)` once the next frame (with the current DOM) has been painted. */
  const whenPainted = (callback) => requestAnimationFrame(() => nextTask(() => callback(now())));
  const mark = (name, time) => {
    if (!(name in bench.marks)) bench.marks[name] = time;
  };
  const visible = (element) =>
    element instanceof HTMLElement &&
    element.isConnected &&
    element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
    element.getBoundingClientRect().width > 0;
  const all = (selector) => [...document.querySelectorAll(selector)].filter(visible);
  /** A button by its accessible name (aria-label, else its text), as a player reads it. */
  const buttonWithText = (text) =>
    all('button').find(
      (button) =>
        !button.disabled && (button.getAttribute('aria-label') ?? button.textContent.trim()) === text,
    );

  // The quick exit: polled once per frame until it is laid out and visible.
  const pollQuickExit = () => {
    if (visible(document.getElementById('quick-exit'))) nextTask(() => mark('quickExit', now()));
    else requestAnimationFrame(pollQuickExit);
  };
  requestAnimationFrame(pollQuickExit);

  let state = 'start';
  let holdUntil = 0;
  let choiceSeen = null;
  let lastLineText = '';
  const clicked = new WeakSet();
  const click = (button) => {
    clicked.add(button);
    button.click();
  };

  /** rAF deltas for cfg.transitionMs after a background cross-fade starts; the player waits meanwhile. */
  const recordTransition = () => {
    const deltas = [];
    // The frame in which the fade started (Phaser sets data-scene inside its own frame callback).
    const start = Number(document.timeline.currentTime ?? now());
    let last = start;
    holdUntil = Infinity;
    const tick = (time) => {
      deltas.push(time - last);
      last = time;
      if (time - start < cfg.transitionMs) requestAnimationFrame(tick);
      else {
        bench.frames = deltas;
        holdUntil = 0;
        schedule();
      }
    };
    requestAnimationFrame(tick);
  };

  /** The still stage (HTML pictures, before Phaser or without WebGL) shows a background. */
  const onStillScene = (location) => {
    if (location) whenPainted((time) => mark('scene', time));
  };

  const onScene = (location) => {
    const time = now();
    bench.scenes.push({ location, time });
    if (!location) return;
    nextTask(() => {
      mark('scene', now());
      mark('phaserScene', now());
    });
    const drawn = bench.scenes.filter((scene) => scene.location);
    const previous = drawn[drawn.length - 2];
    if (!bench.frames && holdUntil === 0 && previous && previous.location !== location && state === 'story') {
      recordTransition();
    }
  };

  /** Clicks the first choice and times it until the next line is painted. */
  const timeChoice = (button) => {
    const line = document.querySelector(cfg.line);
    const before = line?.textContent ?? '';
    const start = now();
    let frames = 0;
    click(button);
    const tick = () => {
      frames++;
      const current = document.querySelector(cfg.line);
      if (current && current.textContent !== before && current.textContent.trim() !== '') {
        nextTask(() => {
          bench.choice = { ms: now() - start, frames };
        });
      } else if (now() - start < 60_000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };

  const finishScenario = () => {
    bench.scenarios++;
    if (bench.scenarios === 1) whenPainted((time) => mark('end', time));
    if (bench.scenarios >= cfg.scenarios) {
      whenPainted(() => {
        bench.done = true;
      });
      return;
    }
    const next = cfg.menuText ? 'menu' : 'again';
    if ((cfg.checkpoints ?? []).includes(bench.scenarios)) {
      // The benchmark measures the heap now, then lets the player go on.
      state = 'paused';
      whenPainted(() => {
        bench.checkpoint = bench.scenarios;
      });
      window.__benchResume = () => {
        bench.checkpoint = null;
        state = next;
        schedule();
      };
      return;
    }
    state = next;
  };

  const step = () => {
    bench.state = state;
    if (bench.done || bench.error || state === 'paused') return;
    if (state === 'start') {
      const start = buttonWithText(cfg.startText);
      if (!start) return;
      if (bench.scenarios === 0) mark('click', now());
      choiceSeen = null;
      lastLineText = '';
      state = 'story';
      click(start);
      return;
    }
    if (state === 'story') {
      if (document.querySelector(cfg.end)) {
        state = 'ended';
        finishScenario();
        schedule();
        return;
      }
      const line = document.querySelector(cfg.line);
      const text = line?.textContent?.trim() ?? '';
      if (text && text !== lastLineText) {
        lastLineText = text;
        if (bench.scenarios === 0) {
          bench.steps.push([Math.round(now()), text.slice(0, 24)]);
          whenPainted((time) => mark('firstLine', time));
        }
      }
      if (holdUntil > now()) return;
      const choices = all(cfg.choices).filter((button) => !button.disabled);
      if (choices.length > 0) {
        const first = choices[0];
        if (clicked.has(first)) return;
        if (choiceSeen !== first) {
          choiceSeen = first;
          if (bench.scenarios === 0) bench.steps.push([Math.round(now()), 'choices']);
          if (bench.scenarios === 0) whenPainted((time) => mark('firstChoice', time));
        }
        if (bench.scenarios === 0 && !('choiceClicked' in bench.marks)) {
          if (!('firstChoice' in bench.marks)) {
            setTimeout(schedule, 20);
            return;
          }
          // A reader looks at the scene and reads the choices before choosing: wait (at most a minute)
          // until Phaser draws it, so the click is timed on the full stage.
          if (!('phaserScene' in bench.marks) && now() - bench.marks.firstChoice < 60_000) {
            setTimeout(schedule, 100);
            return;
          }
          bench.marks.choiceClicked = now();
          timeChoice(first);
          return;
        }
        click(first);
        return;
      }
      const next = all(cfg.next).find((button) => !button.disabled);
      if (next) {
        if (bench.scenarios === 0) bench.steps.push([Math.round(now()), 'next']);
        next.click();
      }
      return;
    }
    if (state === 'menu') {
      const menu = buttonWithText(cfg.menuText);
      if (!menu) return;
      click(menu);
      state = 'menu-open';
      schedule();
      return;
    }
    if (state === 'menu-open') {
      const stories = buttonWithText(cfg.menuStoriesText);
      if (stories) {
        click(stories);
        state = 'select';
        return;
      }
      // Outside a story the menu has no "other story": close it and use the reflection's button.
      const close = buttonWithText(cfg.menuCloseText);
      if (close) {
        click(close);
        state = 'again';
        schedule();
      }
      return;
    }
    if (state === 'again') {
      const again = buttonWithText(cfg.againText);
      if (!again) return;
      click(again);
      state = cfg.storyCards ? 'select' : 'start';
      schedule();
      return;
    }
    if (state === 'select') {
      const cards = all(cfg.storyCards);
      if (cards.length === 0) return;
      click(cards[bench.scenarios % cards.length]);
      state = 'start';
      schedule();
    }
  };

  let scheduled = false;
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      try {
        step();
      } catch (error) {
        bench.error = String(error && error.stack ? error.stack : error);
      }
    }, 0);
  }

  new MutationObserver((records) => {
    // The player reacts to the text and the buttons, not to the scenery: changes inside the stage
    // (pictures, their classes) do not wake the player, or every one would force a layout (visible()).
    let uiChanged = false;
    for (const record of records) {
      const inScenery = Boolean(cfg.scenery && record.target.parentElement?.closest(cfg.scenery));
      if (!inScenery) uiChanged = true;
      if (record.type !== 'attributes' || !(record.target instanceof Element)) continue;
      if (!record.target.matches(cfg.stage)) continue;
      if (
        record.attributeName === 'data-render-type' &&
        record.target.getAttribute('data-render-type') === '2'
      ) {
        nextTask(() => mark('phaserReady', now()));
      }
      if (record.attributeName === 'data-scene') onScene(record.target.getAttribute('data-scene'));
      if (record.attributeName === 'data-still-scene') {
        onStillScene(record.target.getAttribute('data-still-scene'));
      }
    }
    if (uiChanged) schedule();
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-scene', 'data-still-scene', 'data-render-type', 'disabled', 'hidden', 'class'],
  });
})();
