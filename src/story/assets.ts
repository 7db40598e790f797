// Which art and sound files a story needs, as the ink plugin lists them next to its global tags
// (`import assets from './x.ink?assets'`), so a scenario's files can be fetched before it starts.

export type AudioFolder = 'music' | 'ambience' | 'sfx';
export type AudioFormat = 'ogg' | 'mp3';

export type StoryAsset =
  /** assets/art/bg/<name>.svg, assets/art/characters/<name>.svg (`mama-boos`), assets/art/props/<name>.svg */
  | { kind: 'bg' | 'character' | 'prop'; name: string; bytes: number }
  /** assets/audio/<kind>/<name>.<format> */
  | { kind: AudioFolder; name: string; bytes: Record<AudioFormat, number> };

export interface StoryAssets {
  /** Each file once, in the order the story needs them: the opening scene's files first. */
  files: StoryAsset[];
  /** How many of `files` the opening scene (up to the first choice) uses. */
  opening: number;
}

export const NO_ASSETS: StoryAssets = { files: [], opening: 0 };
