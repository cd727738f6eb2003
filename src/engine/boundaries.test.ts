/**
 * The layer rules of DESIGN.md are kept by ESLint; this proves the rules bite: engine code that
 * reaches for the UI, React, real time or real chance does not pass lint.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint keeps the engine pure', () => {
  const cases: [string, string][] = [
    ["import { useState } from 'react';\nexport const u = useState;\n", 'no-restricted-imports'],
    ["import { App } from '../ui/App';\nexport const a = App;\n", 'no-restricted-imports'],
    ["import { x } from '../worker/protocol';\nexport const a = x;\n", 'no-restricted-imports'],
    ['export const t = Date.now();\n', 'no-restricted-properties'],
    ['export const d = new Date();\n', 'no-restricted-syntax'],
    ['export const r = Math.random();\n', 'no-restricted-properties'],
    ['setTimeout(() => undefined, 1);\n', 'no-restricted-globals'],
    ['setInterval(() => undefined, 1);\n', 'no-restricted-globals'],
    ['export const p = performance.now();\n', 'no-restricted-globals'],
  ];
  it.each(cases)('%j is refused in src/engine', async (code, rule) => {
    expect(await problems(code, 'src/engine/example.ts')).toContain(rule);
  });

  it('allows the same code outside the engine', async () => {
    expect(await problems('export const t = Date.now();\n', 'src/ui/example.ts')).toEqual([]);
  });
}, 30_000);
