// The floor for `npm run bench`: the same scenario with nothing but the inkjs runtime, <p> and
// <button>. One line at a time with "Verder", the choices as buttons, pause tags honoured, the
// background tag only noted on <body data-scene> (no art). scripts/bench.ts copies this folder with
// the compiled story as story.json and bundles it with Vite.
import { Story } from 'inkjs';

const root = document.getElementById('story');

function button(text, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

function tagValue(tags, key) {
  for (const tag of tags) {
    const match = /^\s*([a-z_]+)\s*:\s*(.*?)\s*$/.exec(tag);
    if (match && match[1] === key) return match[2];
  }
  return null;
}

function showStart() {
  root.replaceChildren(button('Start het verhaal', () => void play()));
}

async function play() {
  const { default: json } = await import('./story.json');
  const story = new Story(json);
  story.allowExternalFunctionFallbacks = true;
  const line = document.createElement('p');
  line.id = 'line';
  const controls = document.createElement('div');
  controls.id = 'choices';
  const next = button('Verder', () => void advance());
  next.id = 'next';
  root.replaceChildren(line, controls);

  async function advance() {
    next.disabled = true;
    while (story.canContinue) {
      const text = story.Continue().trim();
      const tags = story.currentTags ?? [];
      const pause = Number(tagValue(tags, 'pause'));
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
      if (tags.some((tag) => tag.trim() === 'reflection')) {
        const end = document.createElement('h2');
        end.id = 'end';
        end.textContent = 'Jouw spiegel';
        root.replaceChildren(end, button('Nog een verhaal', showStart));
        return;
      }
      const location = tagValue(tags, 'bg');
      if (location) document.body.dataset.scene = location;
      if (text) {
        line.textContent = text;
        controls.replaceChildren(next);
        next.disabled = false;
        return;
      }
    }
    controls.replaceChildren(
      ...story.currentChoices.map((choice) =>
        button(choice.text, () => {
          story.ChooseChoiceIndex(choice.index);
          void advance();
        }),
      ),
    );
  }

  await advance();
}

showStart();
