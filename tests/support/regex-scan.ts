import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One regular expression written in the source: a literal, or `RegExp` built from a literal. */
export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** A `RegExp` built from something that is not a literal: it cannot be checked statically. */
export interface DynamicRegex {
  file: string;
  line: number;
  text: string;
}

/** Every `.ts`/`.tsx` file under the folders, unit specs and declaration files left out. */
export function sourceFiles(root: string, folders: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === 'node_modules' || name === 'dist') continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(name) && !/\.(spec|d)\.tsx?$/.test(name)) found.push(full);
    }
  };
  for (const folder of folders) walk(path.join(root, folder));
  return found.sort();
}

/**
 * Reads a file with the TypeScript parser (not a text search, so a `/` in a string or a
 * comment is never mistaken for a regex) and lists its regexes.
 */
export function regexesOf(
  file: string,
  root: string,
): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const text = readFileSync(file, 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const rel = path.relative(root, file);
  const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const slash = node.text.lastIndexOf('/');
      found.push({
        file: rel,
        line: lineOf(node),
        source: node.text.slice(1, slash),
        flags: node.text.slice(slash + 1),
      });
    } else if (isRegExpCall(node)) {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags)))
        found.push({
          file: rel,
          line: lineOf(node),
          source: pattern.text,
          flags: flags?.text ?? '',
        });
      else dynamic.push({ file: rel, line: lineOf(node), text: node.getText(sf) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { found, dynamic };
}

function isRegExpCall(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (
    (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'RegExp'
  );
}

/** A regex the detector did not call safe: vulnerable, or unknown (it could not decide). */
export interface UnsafeRegex extends FoundRegex {
  verdict: string;
}

/**
 * Asks recheck (automaton analysis, else a seeded fuzz, so the verdict does not vary) about
 * each distinct regex; returns those not proven linear. recheck uses its packaged native
 * binary when installed, else its pure-JavaScript build; neither reaches the network.
 */
export async function unsafeRegexes(found: FoundRegex[]): Promise<UnsafeRegex[]> {
  const { check } = await import('recheck');
  const distinct = new Map(found.map((r) => [`/${r.source}/${r.flags}`, r]));
  const verdicts = await Promise.all(
    [...distinct.values()].map(async (r) => {
      const result = await check(r.source, r.flags, { randomSeed: 18, timeout: 60_000 });
      if (result.status === 'safe') return undefined;
      const verdict =
        result.status === 'vulnerable'
          ? `vulnerable: ${result.complexity.summary}, attack ${result.attack.pattern}`
          : `${result.status}: ${JSON.stringify(result.error)}`;
      return { ...r, verdict };
    }),
  );
  const unsafe = new Map(
    verdicts.filter((v) => v !== undefined).map((v) => [`/${v.source}/${v.flags}`, v.verdict]),
  );
  return found
    .filter((r) => unsafe.has(`/${r.source}/${r.flags}`))
    .map((r) => ({ ...r, verdict: unsafe.get(`/${r.source}/${r.flags}`)! }));
}
