import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { GRAPH_CALLS, requiredPermissions } from '../../bot/platform/graph/graph-permissions';

const ROOT = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return file.endsWith('.ts') && !file.endsWith('.spec.ts') ? [file] : [];
  });
}

/** Every `.api(` call in bot/ and the `// graph:` comment on one of the two lines above it. */
function graphCallSites() {
  return sourceFiles(path.join(ROOT, 'bot')).flatMap((file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    return lines.flatMap((line, i) => {
      if (!/\.api\(/.test(line) || /^\s*(\*|\/\/)/.test(line)) return [];
      const above = [lines[i - 1] ?? '', lines[i - 2] ?? ''].join('\n');
      const named = /\/\/ graph: (.+)$/m.exec(above)?.[1]?.trim();
      return [{ where: `${path.relative(ROOT, file)}:${i + 1}`, named }];
    });
  });
}

function namedCalls(): string[] {
  return sourceFiles(path.join(ROOT, 'bot')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\/\/ graph: ([A-Z]+ \S+)$/gm)].map((m) => m[1] ?? ''),
  );
}

function manifestPermissions(): string[] {
  const manifest = JSON.parse(
    readFileSync(path.join(ROOT, 'infra/entra/aad.manifest.json'), 'utf8'),
  ) as {
    requiredResourceAccess: {
      resourceAppId: string;
      resourceAccess: { id: string; type: string }[];
    }[];
  };
  const graph = manifest.requiredResourceAccess.find((r) => r.resourceAppId === 'Microsoft Graph');
  return (graph?.resourceAccess ?? [])
    .filter((a) => a.type === 'Role')
    .map((a) => a.id)
    .sort();
}

function docsPermissions(): string[] {
  const docs = readFileSync(path.join(ROOT, 'docs/deployment.md'), 'utf8');
  const section = docs.split('## Graph permissions and admin consent')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `([A-Za-z.]+)`/gm)].map((m) => m[1] ?? '').sort();
}

describe('Graph permissions: the code, the Entra manifest and the docs agree', () => {
  it('when the code calls Graph, then each call names its entry in the permission table', () => {
    const sites = graphCallSites();
    expect(sites.length).toBeGreaterThan(5);
    const unnamed = sites.filter((s) => !s.named).map((s) => s.where);
    expect(unnamed).toEqual([]);
    const unknown = sites
      .filter((s) => s.named && !s.named.startsWith('paged') && !(s.named in GRAPH_CALLS))
      .map((s) => `${s.where}: ${s.named}`);
    expect(unknown).toEqual([]);
  });

  it('when the table lists a call, then some code makes it (no stale permission)', () => {
    const named = new Set(namedCalls());
    expect(Object.keys(GRAPH_CALLS).filter((call) => !named.has(call))).toEqual([]);
  });

  it('when the app registration is deployed, then it requests exactly the permissions the code needs', () => {
    expect(manifestPermissions()).toEqual(requiredPermissions());
    expect(requiredPermissions()).toContain('OnlineMeetingArtifact.Read.All');
  });

  it('when the deployment docs list the permissions, then they are the ones the code needs', () => {
    expect(docsPermissions()).toEqual(requiredPermissions());
  });
});
