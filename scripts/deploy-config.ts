// Reads the deployer's config (deploy.config.json, or the file named in SPIEGEL_CONFIG) at build time.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface DeployConfig {
  basePath: string;
  siteUrl: string;
  exitUrl: string;
  defaultLanguage: string;
  regionalHelp: unknown[];
}

export function readDeployConfig(root: string, env: NodeJS.ProcessEnv = process.env): DeployConfig {
  const path = resolve(root, env.SPIEGEL_CONFIG ?? 'deploy.config.json');
  const config = JSON.parse(readFileSync(path, 'utf8')) as DeployConfig;
  if (env.SPIEGEL_BASE) config.basePath = env.SPIEGEL_BASE;
  if (!config.basePath.endsWith('/')) config.basePath += '/';
  if (!/^https:\/\//.test(config.exitUrl)) throw new Error(`exitUrl must be an https URL: ${config.exitUrl}`);
  return config;
}

/** Measured working in Chromium with Phaser 4, inkjs and howler (SAFETY.md B14). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
