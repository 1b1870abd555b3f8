import { describe, expect, it } from 'vitest';
import { checkedComment } from './comment.js';
import { fieldErrorsOf } from '../../../test/support/errors.js';

const fieldsOf = (run: () => unknown) => fieldErrorsOf(run);

describe('checkedComment', () => {
  it('trims the comment and keeps an optional tag without its "#"', () => {
    expect(checkedComment({ text: '  Patient bien vu  ', tag: ' #Diabète ' })).toEqual({ text: 'Patient bien vu', tag: 'Diabète' });
    expect(checkedComment({ text: 'ok', tag: '  ' })).toEqual({ text: 'ok', tag: null });
    expect(checkedComment({ text: 'ok' })).toEqual({ text: 'ok', tag: null });
    expect(checkedComment({ text: 'ok', tag: 'suivi   plaie' })).toEqual({ text: 'ok', tag: 'suivi plaie' });
  });

  it('refuses an empty or too long comment and a too long tag, field by field', () => {
    expect(fieldsOf(() => checkedComment({ text: '   ', tag: 'x'.repeat(41) }))).toEqual({ text: 'fiche_comment.required', tag: 'tag.too_long' });
    expect(fieldsOf(() => checkedComment({ text: 'x'.repeat(2001) }))).toEqual({ text: 'fiche_comment.too_long' });
    expect(checkedComment({ text: 'x'.repeat(2000), tag: 'y'.repeat(40) }).text).toHaveLength(2000);
  });
});
