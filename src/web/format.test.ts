import { describe, expect, it } from 'vitest';
import { formatDate, formatPhone, safeRedirect } from './format.js';

describe('format', () => {
  it('shows E.164 phones in the French national format, overseas included', () => {
    expect(formatPhone('+33612345678')).toBe('06 12 34 56 78');
    expect(formatPhone('+596696123456')).toBe('06 96 12 34 56');
    expect(formatPhone('+4915112345678')).toBe('+4915112345678');
    expect(formatPhone(null)).toBe('');
  });

  it('shows dates as dd/mm/yyyy', () => {
    expect(formatDate('2026-07-01')).toBe('01/07/2026');
  });

  it('only redirects to paths of this site after login', () => {
    expect(safeRedirect('/admin/reseaux?x=1')).toBe('/admin/reseaux?x=1');
    expect(safeRedirect('//evil.example/')).toBe('/');
    expect(safeRedirect('https://evil.example/')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
  });
});
