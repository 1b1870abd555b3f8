/**
 * The GSM 03.38 alphabet: the basic set and the extension table (sent as an
 * escape plus one character). Text made only of these goes out as 7-bit SMS
 * (160 characters a part); anything else (’, ê, ç, œ, emoji…) needs UCS-2
 * (70 characters a part).
 */
const basic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const extension = '\f^{}\\[~]|€';
const gsm7 = new Set([...basic, ...extension]);

/** True when every character of `text` has a GSM 7-bit code. */
export function isGsm7(text: string): boolean {
  for (const char of text) if (!gsm7.has(char)) return false;
  return true;
}
