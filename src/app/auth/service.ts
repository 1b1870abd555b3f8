/** Authentication use cases (login, sessions, CSRF, password reset). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AuthService {}
