/** The import:rpps and gen:rpps commands, run as a user would (subprocesses on a fresh embedded database). */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../../../test/support/directory-extract.js';

const run = promisify(execFile);
const folder = scratchFolder('declic-rpps-cli-');
afterAll(() => folder.cleanup());
const env = { ...process.env, DATA_DIR: folder.path('data'), DATABASE_URL: '', LOG_LEVEL: 'silent' };
const tsx = (script: string, args: string[]) => run(process.execPath, ['--import', 'tsx', script, ...args], { env });
const failed = (promise: Promise<unknown>) => promise.then(() => null).catch((e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }));

describe('npm run gen:rpps, then npm run import:rpps', () => {
  it('generates an extract and imports it, listing bad lines by number', async () => {
    const file = folder.path('extract.txt');
    const generated = await tsx('src/cli/gen-rpps.ts', ['--', '--rows', '300', '--out', file, '--seed', '5', '--encoding', 'latin1', '--layout', '52']);
    expect(generated.stdout).toMatch(/Extrait synthétique écrit en [\d.]+ s : 300 lignes, /);
    const lines = readFileSync(file, 'latin1').split('\n');
    lines.splice(4, 0, 'trop|court|');
    folder.write('extract.txt', Buffer.from(lines.join('\n'), 'latin1'));

    const { stdout, stderr } = await tsx('src/cli/import-rpps.ts', ['--', file]);
    expect(stderr).toContain('encodage Latin-1 (Windows-1252), 52 colonnes) dans PGlite…');
    expect(stderr).toContain('100 % ·');
    expect(stdout).toMatch(/Import terminé en [\d.]+ s\. Lignes lues : 301 ; importées : 300 ; rejetées : 1\. Fiches créées ou mises à jour : 300\./);
    expect(stdout).toContain('Lignes rejetées :\n  ligne 5 : 2 colonnes au lieu de 52');

    const again = await tsx('src/cli/import-rpps.ts', [file]);
    expect(again.stdout).toContain('Fiches créées ou mises à jour : 0.');
  }, 120_000);

  it('fails in French on a missing file, a missing argument or a bad option', async () => {
    expect(await failed(tsx('src/cli/import-rpps.ts', [folder.path('absent.txt')]))).toEqual({
      code: 1,
      stderr: expect.stringContaining(`Fichier illisible : ${folder.path('absent.txt')} (fichier introuvable).`),
    });
    expect(await failed(tsx('src/cli/import-rpps.ts', []))).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage : npm run import:rpps -- FICHIER') });
    expect(await failed(tsx('src/cli/gen-rpps.ts', ['--rows', 'dix', '--out', folder.path('x.txt')]))).toMatchObject({ code: 2, stderr: expect.stringContaining('Option invalide : --rows') });
  }, 60_000);
});
