export { StoryRunner, type SavedRunner } from './runner';
export { parseMeta, parseTag, tagsToRecord } from './meta';
export * from './types';
export * from './vocabulary';
export { KNOWN_TAGS } from './tags';
