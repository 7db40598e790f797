// Throwaway checker (writer b). Usage: node walk-b.tmp.mjs regels [more ids]
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';
import { PosixFileHandler } from 'inkjs/compiler/FileHandler/PosixFileHandler';
import fs from 'node:fs';

const THEMES = ['lichamelijke_mishandeling', 'emotionele_mishandeling', 'lichamelijke_verwaarlozing',
  'emotionele_verwaarlozing', 'seksueel_misbruik', 'getuige_huiselijk_geweld', 'vechtscheiding',
  'jonge_mantelzorger', 'ruzie_goedkomen', 'strenge_regels', 'eerlijke_straf', 'ouder_sorry'];
const CHARS = ['mama', 'papa', 'stiefvader', 'oma', 'opa', 'broer', 'zus', 'juf', 'meester', 'mentor',
  'coach', 'vriend', 'vriendin', 'buurvrouw', 'agent'];
const VALUES = {
  speaker: [...CHARS, 'ik'],
  mood: ['neutraal', 'blij', 'boos', 'verdrietig', 'bang'],
  bg: ['keuken', 'woonkamer', 'slaapkamer', 'badkamer', 'klas', 'schoolplein', 'straat', 'sportclub', 'mentorkamer'],
  enter: CHARS, leave: CHARS,
  music: ['rustig', 'gespannen', 'hoopvol', 'verdrietig', 'stil'],
  sfx: ['deur', 'deur_hard', 'deurbel', 'telefoon', 'melding', 'schoolbel', 'voetstappen', 'fluit', 'bord', 'klok'],
  pause: null, discuss: null, mirror: THEMES,
};
const BARE = ['calm', 'reflection'];

function checkTag(t, problems, where) {
  t = t.trim();
  if (BARE.includes(t)) return;
  const m = /^([a-z_]+): (.+)$/.exec(t);
  if (!m) { problems.add(`bad tag "${t}" ${where}`); return; }
  const [, k, v] = m;
  if (!(k in VALUES)) { problems.add(`unknown tag key "${k}" ${where}`); return; }
  if (k === 'pause') { if (!/^\d+$/.test(v) || +v > 3000) problems.add(`bad pause ${v}`); return; }
  if (VALUES[k] && !VALUES[k].includes(v.trim())) problems.add(`bad value ${k}: ${v} ${where}`);
}

function run(id) {
  const src = fs.readFileSync(`stories/nl/${id}.ink`, 'utf8');
  const msgs = [];
  const c = new Compiler(src, new CompilerOptions(`${id}.ink`, [], true, (m, t) => msgs.push([t, m]), new PosixFileHandler('stories/nl/')));
  let story;
  try { story = c.Compile(); } catch (e) { console.log('COMPILE FAIL', e.message, msgs); return; }
  const problems = new Set();
  for (const [t, m] of msgs) problems.add(`compiler ${t}: ${m}`);
  if (!story) { console.log([...problems]); return; }

  // global tags
  const g = {};
  for (const t of story.globalTags || []) { const m = /^([a-z]+): (.*)$/.exec(t.trim()); if (m) g[m[1]] = m[2]; }
  for (const k of ['id', 'title', 'theme', 'note', 'age', 'minutes']) if (!g[k]) problems.add(`missing global ${k}`);
  if (g.id !== id) problems.add('id != filename');
  for (const th of (g.theme || '').split(',')) if (!THEMES.includes(th.trim())) problems.add(`bad theme ${th}`);
  if (!['10', '13', '16'].includes(g.age)) problems.add('bad age');
  const cast = {};
  if (g.cast) for (const p of g.cast.split(',')) { const [k, v] = p.split('='); cast[k.trim()] = v; if (!CHARS.includes(k.trim())) problems.add(`bad cast id ${k}`); }

  let calls = [];
  story.BindExternalFunction('mirror', (a, b) => { calls.push(['mirror', a, b]); return true; });
  story.BindExternalFunction('danger', () => { calls.push(['danger']); return true; });

  const knots = [...story.mainContentContainer.namedContent.keys()].filter((k) => k !== 'global decl');
  const visited = new Set();
  const paths = [];
  const allLines = new Set();
  const speakersUsed = new Set();
  let mirrorCount = 0;

  function markVisits() {
    for (const k of knots) if (story.state.VisitCountAtPathString(k) > 0) visited.add(k);
  }

  // advance: continue until choices or end; returns {lines, tags}
  function advance(acc) {
    while (story.canContinue) {
      const txt = story.Continue();
      const tags = story.currentTags || [];
      for (const t of tags) {
        checkTag(t, problems, `at "${txt.trim().slice(0, 40)}"`);
        const m = /^speaker: (.+)$/.exec(t.trim()); if (m) speakersUsed.add(m[1].trim());
      }
      if (txt.trim()) { acc.lines.push(txt.trim()); allLines.add(txt.trim()); }
      if (tags.some((t) => t.trim() === 'reflection')) acc.reflection = true;
      const mt = tags.find((t) => t.trim().startsWith('mirror:'));
      if (mt) acc.pendingMirror = mt.split(':')[1].trim();
      else if (txt.trim()) acc.pendingMirror = acc.pendingMirror ?? null;
      if (acc.reflection && txt.trim() && !tags.some((t) => t.trim() === 'reflection')) {/* text after reflection */ }
    }
  }

  let steps = 0;
  function dfs(acc) {
    advance(acc);
    markVisits();
    const choices = story.currentChoices;
    if (!choices.length) {
      if (!acc.reflection) problems.add(`path ends without reflection: ...${acc.lines.slice(-2).join(' | ')}`);
      paths.push({ words: acc.words(), lines: acc.lines.slice(), last: acc.lines[acc.lines.length - 2], choices: acc.choices.slice() });
      return;
    }
    if (acc.reflection) problems.add('choices after reflection');
    if (++steps > 200000) throw new Error('too many steps');
    const saved = story.state.ToJson();
    const pm = acc.pendingMirror;
    if (pm) mirrorCount++;
    let hasLiever = false;
    for (let i = 0; i < choices.length; i++) {
      story.state.LoadJson(saved);
      const ctext = story.currentChoices[i].text;
      calls = [];
      story.ChooseChoiceIndex(i);
      const sub = { lines: acc.lines.slice(), choices: [...acc.choices, ctext], reflection: false, pendingMirror: null, words: acc.words };
      if (pm) {
        // run until next choice to see the calls
        const s2 = story.state.ToJson();
        const probe = { lines: [], choices: [], reflection: false };
        advance(probe);
        const mc = calls.filter((c) => c[0] === 'mirror');
        if (!mc.length || mc.some((c) => c[1] !== pm)) problems.add(`mirror choice "${ctext}" lacks mirror(${pm}) call`);
        if (/liever niet/i.test(ctext)) { hasLiever = true; if (!mc.some((c) => c[2] === 'liever_niet')) problems.add('liever niet choice without liever_niet'); }
        if (calls.some((c) => c[0] === 'danger')) console.log(`  danger() via "${ctext}"`);
        story.state.LoadJson(s2);
      }
      dfs(sub);
    }
    if (pm && !hasLiever) problems.add(`mirror ${pm} without Zeg ik liever niet`);
  }
  const count = (lines) => lines.reduce((n, l) => n + l.split(/\s+/).filter(Boolean).length, 0);
  dfs({ lines: [], choices: [], reflection: false, pendingMirror: null, words() { return count(this.lines); } });
  for (const p of paths) p.words = count(p.lines);

  for (const k of knots) if (!visited.has(k) && !['mirror', 'danger'].includes(k)) problems.add(`knot never visited: ${k}`);
  for (const s of speakersUsed) if (s !== 'ik' && !cast[s] && !['juf', 'meester', 'mentor', 'coach', 'agent', 'buurvrouw'].includes(s)) problems.add(`speaker ${s} not in cast (ok?)`);

  const ws = paths.map((p) => p.words);
  const endings = new Set(paths.map((p) => p.last));
  let w = 0, s = 0;
  for (const l of allLines) { w += l.split(/\s+/).filter(Boolean).length; s += Math.max(1, (l.match(/[.!?]+(\s|$)/g) || []).length); }
  console.log(`== ${id}: paths=${paths.length} endings=${endings.size} words min=${Math.min(...ws)} max=${Math.max(...ws)} avgSentence=${(w / s).toFixed(1)} mirrors-seen=${mirrorCount} uniqueWords=${w}`);
  for (const e of endings) console.log('   end:', e);
  console.log(problems.size ? [...problems].map((p) => '  ! ' + p).join('\n') : '  clean');
  if (process.env.SHOW) { const p = paths[+process.env.SHOW]; console.log(p.choices, '\n' + p.lines.join('\n')); }
}

for (const id of process.argv.slice(2)) run(id);
