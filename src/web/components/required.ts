/**
 * Marks an input as required: `aria-required` for assistive technologies, and an asterisk drawn by CSS
 * (styles.css) rather than Mantine's `required`, whose " *" text would become part of the label
 * (`getByLabel('Nom', { exact: true })` would no longer find the field).
 */
export const requiredInput = { 'aria-required': true, labelProps: { 'data-required': true } } as const;
