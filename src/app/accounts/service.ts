/** Accounts use cases (users, organisations, networks). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AccountsService {}
