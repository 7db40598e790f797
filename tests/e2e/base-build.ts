// A second build of the game under a non-root base path (/spiegel/) with a deployer's config
// (tests/e2e/deploy.base.json: regional help, site URL), made once and reused while its inputs are
// unchanged: the key is every input file's path, size and modification time.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const BASE_DIR = 'dist-base';
export const BASE_PATH = '/spiegel/';
export const BASE_CONFIG = 'tests/e2e/deploy.base.json';

const INPUTS = [
  'src',
  'stories',
  'assets',
  'public',
  'scripts',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  BASE_CONFIG,
];

function files(path: string, out: string[] = []): string[] {
  if (!existsSync(path)) return out;
  if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) files(join(path, name), out);
  else out.push(path);
  return out;
}

function inputKey(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => files(input))) {
    const stat = statSync(file);
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * Builds dist-base/ unless an up-to-date one exists; returns true when it built. The build goes to a
 * folder of its own first and is then moved into place, so a second test run never serves half a build.
 */
export async function ensureBaseBuild(): Promise<boolean> {
  const key = inputKey();
  const keyFile = join(BASE_DIR, '.build-key');
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) return false;
  const temporary = `${BASE_DIR}.${process.pid}`;
  await promisify(execFile)('npx', ['vite', 'build', '--outDir', temporary, '--logLevel', 'warn'], {
    env: { ...process.env, SPIEGEL_BASE: BASE_PATH, SPIEGEL_CONFIG: BASE_CONFIG },
  });
  writeFileSync(join(temporary, '.build-key'), key);
  rmSync(BASE_DIR, { recursive: true, force: true });
  renameSync(temporary, BASE_DIR);
  return true;
}
