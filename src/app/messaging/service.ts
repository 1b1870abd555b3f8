/** Messages leaving the platform (e-mail now; SMS later) and the dev outbox. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MessagingService {}
