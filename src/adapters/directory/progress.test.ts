import { describe, expect, it } from 'vitest';
import { createProgressBar, formatBytes } from './progress.js';

function output(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, columns: 100, writes, write: (text: string) => writes.push(text) };
}

describe('createProgressBar', () => {
  it('redraws one line in place on a terminal', () => {
    let now = 0;
    const out = output(true);
    const bar = createProgressBar(out, () => now);
    const mb = 1024 * 1024;
    bar.update({ bytesRead: 10 * mb, size: 100 * mb, linesRead: 3000 });
    now = 50;
    bar.update({ bytesRead: 20 * mb, size: 100 * mb, linesRead: 6000 });
    now = 1500;
    bar.update({ bytesRead: 100 * mb, size: 100 * mb, linesRead: 30000 });
    bar.done();
    expect(out.writes).toHaveLength(4);
    expect(out.writes[0]).toBe('\r██░░░░░░░░░░░░░░░░░░░░░░ 10 % · 10 Mo / 100 Mo · 3\u202f000 lignes · 0 s\u001b[K');
    expect(out.writes[2]).toContain('100 % · 100 Mo / 100 Mo · 30\u202f000 lignes · 1,5 s');
    expect(out.writes.at(-1)).toBe('\n');
  });

  it('writes a line every 10 % elsewhere', () => {
    const out = output(false);
    const bar = createProgressBar(out, () => 0);
    for (let kb = 0; kb <= 1000; kb += 50) bar.update({ bytesRead: kb * 1024, size: 1000 * 1024, linesRead: kb });
    bar.done();
    expect(out.writes).toHaveLength(11);
    expect(out.writes[10]).toBe('100 % · 1\u202f000 ko / 1\u202f000 ko · 1\u202f000 lignes · 0 s\n');
  });
});

describe('formatBytes', () => {
  it('speaks French units', () => {
    expect(formatBytes(2048)).toBe('2 ko');
    expect(formatBytes(779_500_688)).toBe('743,4 Mo');
  });
});
