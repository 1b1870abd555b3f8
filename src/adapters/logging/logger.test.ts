import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

describe('createLogger', () => {
  it('censors personal fields and secrets wherever they appear one level down', () => {
    const { logger, lines } = capture();
    logger.info({ user: { email: 'jeanne.exemple@test.fr', firstName: 'Jeanne', lastName: 'EXEMPLE', mobilePhone: '+33612345678', password: 'secret-de-jeanne', address: '12 rue des Lilas' } }, 'x');
    const line = lines.join('');
    for (const value of ['jeanne.exemple@test.fr', 'Jeanne', 'EXEMPLE', '+33612345678', 'secret-de-jeanne', 'rue des Lilas']) {
      expect(line).not.toContain(value);
    }
    expect(line).toContain('[masqué]');
  });

  it('logs a request by method and route pattern, never by raw URL or headers', () => {
    const { logger, lines } = capture();
    logger.info({ req: { id: 'r1', method: 'GET', url: '/api/x?q=DUPONT', routeOptions: { url: '/api/x' }, headers: { cookie: 'declic_session=abc' } } }, 'incoming');
    const entry = JSON.parse(lines[0] ?? '{}') as { req: unknown };
    expect(entry.req).toEqual({ id: 'r1', method: 'GET', route: '/api/x' });
  });

  it('keeps only the shape of errors, not database details that carry values', () => {
    const { logger, lines } = capture();
    const err = Object.assign(new Error('duplicate key value'), { code: '23505', detail: 'Key (email)=(jeanne@test.fr) already exists.' });
    logger.error({ err }, 'failed');
    expect(lines.join('')).not.toContain('jeanne@test.fr');
    expect(lines.join('')).toContain('23505');
  });
});
