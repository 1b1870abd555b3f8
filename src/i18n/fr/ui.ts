/** Texts of the web app. */
export const ui = {} as const;
