/** The import:communes command, run as a user would (a subprocess on a fresh embedded database). */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'declic-communes-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('npm run import:communes', () => {
  it('imports a file into the configured database, with progress and skipped lines on stderr', async () => {
    const path = file('cli.csv', 'code_insee,nom,code_postal,latitude,longitude\n91377,Massy,91300,48.7309,2.2713\nxx,Nowhere,91300,1,1\n');
    const env = { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '', LOG_LEVEL: 'silent' };
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/import-communes.ts', path], { env });
    expect(stderr).toContain('1 / 1 communes enregistrées');
    expect(stderr).toContain('Ligne 3 ignorée : code INSEE invalide');
    expect(stdout).toContain('1 communes importées (CSV, base PGlite) ; 1 entrées ignorées sur 2.');
    const missing = await run(process.execPath, ['--import', 'tsx', 'src/cli/import-communes.ts'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage : npm run import:communes -- FICHIER') });
  }, 60_000);
});
