// Phaser's own CommonJS sources (node_modules/phaser/src, aliased as `phaser-src` in vite.config.ts).
// They carry no types of their own: src/stage/phaser-custom.ts casts each to its type from 'phaser'.
declare module 'phaser-src/*' {
  const value: unknown;
  export default value;
}
