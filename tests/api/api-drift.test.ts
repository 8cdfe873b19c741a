import path from 'node:path';
import ts from 'typescript';

/**
 * The tab API has one definition (core/api): a field renamed on one side only must fail to
 * build. These tests type-check the real service route and tab view with one file rewritten in
 * memory, as `tsc` and the tab's type check would.
 */
const ROOT = path.resolve(__dirname, '../..');
const SCHEMA = path.join(ROOT, 'core/api/queue-api.ts');
const ROUTE = path.join(ROOT, 'bot/queue/queue-routes.ts');
const VIEW = path.join(ROOT, 'tab/src/views/panel-view.tsx');

type Overrides = Record<string, (text: string) => string>;

function rename(from: string, to: string) {
  return (text: string) => {
    expect(text).toContain(from);
    return text.replace(from, to);
  };
}

function optionsOf(tsconfig: string): ts.CompilerOptions {
  const file = path.join(ROOT, tsconfig);
  const read = ts.readConfigFile(file, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(file)).options;
}

let previous: ts.Program | undefined;

/** Type errors in `file` when the files of `overrides` read as rewritten. */
function errorsIn(tsconfig: string, file: string, overrides: Overrides = {}): string[] {
  const options = { ...optionsOf(tsconfig), noEmit: true };
  const host = ts.createCompilerHost(options, true);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => {
    const text = readFile(name);
    const change = overrides[path.resolve(name)];
    return text !== undefined && change ? change(text) : text;
  };
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError, create) =>
    overrides[path.resolve(name)]
      ? ts.createSourceFile(name, host.readFile(name) ?? '', version)
      : getSourceFile(name, version, onError, create);
  const program = ts.createProgram({ rootNames: [file], options, host, oldProgram: previous });
  previous = program;
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`not in the program: ${file}`);
  return program
    .getSemanticDiagnostics(source)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the tab API has one definition', () => {
  jest.setTimeout(240_000);

  it('when nothing is renamed, then the service route and the tab view type-check', () => {
    expect(errorsIn('tsconfig.json', ROUTE)).toEqual([]);
    expect(errorsIn('tab/tsconfig.json', VIEW)).toEqual([]);
  });

  it('when the schema renames a field, then both the service and the tab fail to build', () => {
    const change = { [SCHEMA]: rename('  role: z.enum', '  viewerRole: z.enum') };
    expect(errorsIn('tsconfig.json', ROUTE, change).join('\n')).toMatch(/role/);
    expect(errorsIn('tab/tsconfig.json', VIEW, change).join('\n')).toMatch(/'role'/);
  });

  it('when only the service renames a field it sends, then the service fails to build', () => {
    const change = {
      [ROUTE]: rename('      role: viewer.role,', '      viewerRole: viewer.role,'),
    };
    expect(errorsIn('tsconfig.json', ROUTE, change).join('\n')).toMatch(/viewerRole/);
  });

  it('when only the tab reads a field under another name, then the tab fails to build', () => {
    const change = {
      [VIEW]: rename('data-role={model.info.role}', 'data-role={model.info.viewerRole}'),
    };
    expect(errorsIn('tab/tsconfig.json', VIEW, change).join('\n')).toMatch(/viewerRole/);
  });
});
