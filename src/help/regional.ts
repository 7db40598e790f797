// Regional help a deployer adds in deploy.config.json (e.g. a Veilig Thuis region's own page). Checked at
// build time (scripts/deploy-config.ts), shown on the help screen after Veilig Thuis. Pure data: no DOM.
import { HELPLINES } from './helplines';

export interface RegionalHelp {
  /** Lowercase letters, digits and '_', e.g. 'veilig_thuis_zuid_limburg'. */
  readonly id: string;
  readonly name: string;
  /** An https page; opened only when the player clicks it, without a referrer. */
  readonly url: string;
  /** As shown, e.g. '0800-2000'. */
  readonly phone?: string;
  /** Digits (and a leading '+') for a `tel:` link, made from `phone`. */
  readonly tel?: string;
  /** One or two short sentences per language; `nl` and `en` are required, other languages optional. */
  readonly text: Readonly<Record<string, string>> & { readonly nl: string; readonly en: string };
}

const FIELDS = ['id', 'name', 'url', 'phone', 'text'];
const MAX_TEXT = 400;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= max;
}

function httpsUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Checks the `regionalHelp` list. Returns the entries and every problem found (empty when all is well). */
export function parseRegionalHelp(value: unknown): { entries: RegionalHelp[]; problems: string[] } {
  const problems: string[] = [];
  const entries: RegionalHelp[] = [];
  if (value === undefined) return { entries, problems };
  if (!Array.isArray(value)) return { entries, problems: ['regionalHelp must be a list'] };
  const builtIn = new Set<string>(HELPLINES.map((line) => line.id));
  const seen = new Set<string>();
  value.forEach((item: unknown, index) => {
    const where = `regionalHelp[${index}]`;
    if (!isRecord(item)) {
      problems.push(`${where} must be an object`);
      return;
    }
    const before = problems.length;
    for (const key of Object.keys(item))
      if (!FIELDS.includes(key)) problems.push(`${where}: unknown field "${key}"`);
    const { id, name, url, phone, text } = item;
    if (typeof id !== 'string' || !/^[a-z0-9_]{2,60}$/.test(id))
      problems.push(`${where}.id must be 2-60 lowercase letters, digits or _`);
    else if (builtIn.has(id)) problems.push(`${where}.id "${id}" is a built-in help line`);
    else if (seen.has(id)) problems.push(`${where}.id "${id}" is used twice`);
    else seen.add(id);
    if (!nonEmpty(name, 80)) problems.push(`${where}.name must be a text of at most 80 characters`);
    if (!httpsUrl(url)) problems.push(`${where}.url must be an https:// address`);
    if (phone !== undefined && (typeof phone !== 'string' || !/^\+?[0-9][0-9 ()-]{1,18}$/.test(phone)))
      problems.push(`${where}.phone must be a phone number such as "0800-2000"`);
    if (!isRecord(text)) problems.push(`${where}.text must be an object with "nl" and "en"`);
    else {
      for (const lang of ['nl', 'en'])
        if (!nonEmpty(text[lang], MAX_TEXT))
          problems.push(`${where}.text.${lang} must be a text of at most ${MAX_TEXT} characters`);
      for (const [lang, value] of Object.entries(text))
        if (!/^[a-z]{2}$/.test(lang) || !nonEmpty(value, MAX_TEXT))
          problems.push(`${where}.text.${lang} must be a language code with a short text`);
    }
    if (problems.length > before) return;
    entries.push({
      id: id as string,
      name: (name as string).trim(),
      url: url as string,
      ...(typeof phone === 'string' ? { phone, tel: phone.replace(/[^0-9+]/g, '') } : {}),
      text: text as RegionalHelp['text'],
    });
  });
  return { entries, problems };
}

/** The entry's text in `lang`, else English, else Dutch. */
export function regionalText(entry: RegionalHelp, lang: string): string {
  return entry.text[lang] ?? (lang === 'nl' ? entry.text.nl : entry.text.en);
}
