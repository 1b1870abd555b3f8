import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password.js';

describe('passwordProblem', () => {
  it('requires 12 to 128 characters', () => {
    expect(passwordProblem('a'.repeat(11))).toBe('password.too_short');
    expect(passwordProblem('a'.repeat(12))).toBeNull();
    expect(passwordProblem('a'.repeat(128))).toBeNull();
    expect(passwordProblem('a'.repeat(129))).toBe('password.too_long');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('🔑'.repeat(12))).toBeNull();
    expect(passwordProblem('🔑'.repeat(11))).toBe('password.too_short');
    expect(passwordProblem('é'.repeat(12))).toBeNull();
  });
});
