import type { StoryMeta } from './types';

/** Splits `key: value` (or a bare `key`) into its parts; keys are lowercase. */
export function parseTag(raw: string): { key: string; value: string } {
  const at = raw.indexOf(':');
  if (at < 0) return { key: raw.trim().toLowerCase(), value: '' };
  return { key: raw.slice(0, at).trim().toLowerCase(), value: raw.slice(at + 1).trim() };
}

export function tagsToRecord(tags: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const raw of tags) {
    const { key, value } = parseTag(raw);
    record[key] = value;
  }
  return record;
}

function parseCast(value: string): Record<string, string> {
  const cast: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const [id, name] = pair.split('=').map((part) => part.trim());
    if (id && name) cast[id] = name;
  }
  return cast;
}

/** Turns a story's global tags into typed metadata; missing fields get safe defaults. */
export function parseMeta(tags: Record<string, string>): StoryMeta {
  const age = Number(tags.age);
  const minutes = Number(tags.minutes);
  return {
    id: tags.id ?? '',
    title: tags.title ?? '',
    themes: (tags.theme ?? '')
      .split(',')
      .map((theme) => theme.trim())
      .filter(Boolean),
    note: tags.note ?? '',
    age: Number.isFinite(age) && age > 0 ? age : 10,
    minutes: Number.isFinite(minutes) && minutes > 0 ? minutes : 5,
    cast: parseCast(tags.cast ?? ''),
    kind: tags.kind === 'oefenen' ? 'oefenen' : 'verhaal',
  };
}
