// Compiles one .ink file (with its INCLUDEs) using inkjs's compiler. Node-only: the compiler must
// never end up in the browser bundle, so only build tooling and tests import this module.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve, basename } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';
import type { IFileHandler } from 'inkjs/compiler/IFileHandler';

export interface InkProblem {
  severity: 'error' | 'warning';
  message: string;
  file: string;
  line: number | null;
}

export interface InkCompileResult {
  json: string | null;
  hash: string | null;
  problems: InkProblem[];
  /** Absolute paths of every file read, the main file first (for watching in the dev server). */
  files: string[];
}

// inkjs reports "ERROR: 'slaan.ink' line 12: message" (or without a line for whole-story problems).
const PROBLEM_PATTERN = /^(ERROR|WARNING|TODO):\s*(?:'([^']+)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

export function parseInkProblem(raw: string, fallbackFile: string, severity: InkProblem['severity']) {
  const match = PROBLEM_PATTERN.exec(raw.trim());
  if (!match) return { severity, message: raw.trim(), file: fallbackFile, line: null };
  const [, , file, line, message] = match;
  return {
    severity,
    message: (message ?? raw).trim(),
    file: file ?? fallbackFile,
    line: line ? Number(line) : null,
  } satisfies InkProblem;
}

class TrackingFileHandler implements IFileHandler {
  readonly files: string[] = [];
  constructor(private readonly rootDir: string) {}
  readonly ResolveInkFilename = (filename: string): string => resolve(this.rootDir, filename);
  readonly LoadInkFileContents = (filename: string): string => {
    const path = this.ResolveInkFilename(filename);
    this.files.push(path);
    return readFileSync(path, 'utf8');
  };
}

export function storyHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

export function compileInkFile(path: string, source = readFileSync(path, 'utf8')): InkCompileResult {
  const absolute = resolve(path);
  const handler = new TrackingFileHandler(dirname(absolute));
  const problems: InkProblem[] = [];
  const name = basename(absolute);
  const options = new CompilerOptions(
    name,
    [],
    true, // countAllVisits: the story checker proves every knot is reachable
    (message, type) => {
      // ErrorType: 0 author note (TODO), 1 warning, 2 error
      if (type === 0) return;
      problems.push(parseInkProblem(message, name, type === 2 ? 'error' : 'warning'));
    },
    handler,
  );
  const compiler = new Compiler(source, options);
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    const out = story.ToJson();
    json = typeof out === 'string' ? out : null;
  } catch (error) {
    if (!problems.some((p) => p.severity === 'error')) {
      problems.push({ severity: 'error', message: String(error), file: name, line: null });
    }
  }
  if (problems.some((p) => p.severity === 'error')) json = null;
  // Resolve problem files to absolute paths so editors and the Vite overlay can open them.
  for (const problem of problems) problem.file = resolve(dirname(absolute), problem.file);
  return { json, hash: json ? storyHash(json) : null, problems, files: [absolute, ...handler.files] };
}

export function formatProblem(problem: InkProblem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.severity === 'error' ? 'ink error' : 'ink warning'}: ${problem.message}`;
}
