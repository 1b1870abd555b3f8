import { invalidFields } from '../errors.js';

export const COMMENT_MAX = 2000;
export const TAG_MAX = 40;

/** A comment of a fiche and its optional tag, as stored. */
export interface CommentInput {
  readonly text: string;
  readonly tag: string | null;
}

/**
 * "Ajouter un commentaire / un tag": the comment is mandatory (1–2 000 characters once trimmed);
 * the tag is optional, one word or short phrase of 40 characters at most, without its leading "#"
 * and with inner spaces collapsed.
 */
export function checkedComment(input: { readonly text?: string | null; readonly tag?: string | null }): CommentInput {
  const text = input.text?.trim() ?? '';
  const tag = (input.tag ?? '').trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim();
  const fields: Record<string, string> = {};
  if (text === '') fields.text = 'fiche_comment.required';
  else if (text.length > COMMENT_MAX) fields.text = 'fiche_comment.too_long';
  if (tag.length > TAG_MAX) fields.tag = 'tag.too_long';
  else if (/[\p{Cc}]/u.test(tag)) fields.tag = 'tag.invalid';
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
  return { text, tag: tag === '' ? null : tag };
}
