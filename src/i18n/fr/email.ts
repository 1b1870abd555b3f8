/** E-mail subjects and bodies. */
export const email = {} as const;
