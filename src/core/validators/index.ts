export { EMAIL_MAX_LENGTH, normalizeEmail } from './email.js';
export { isValidAdeli, isValidRpps, luhn, luhnCheckDigit } from './luhn.js';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem, type PasswordProblem } from './password.js';
export { normalizePhone, type NormalizedPhone, type PhoneRegion } from './phone.js';
export { isUuid } from './uuid.js';
