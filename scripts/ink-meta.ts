// Reads the global tags (`# id: slaan`, `# title: ...`) from compiled story JSON without running it.
import { Story } from 'inkjs';
import { tagsToRecord } from '../src/story/meta.ts';

export function readGlobalTags(json: string): Record<string, string> {
  return tagsToRecord(new Story(json).globalTags ?? []);
}
