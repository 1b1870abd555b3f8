/** What a user's live stream receives: something changed about a care request. */
export interface LiveMessage {
  readonly type: 'offer' | 'taken' | 'withdrawn' | 'changed';
  readonly careRequestId: string;
}

/** Live streams of connected users (SSE), fed by every instance's database listener. */
export interface LiveHub {
  /** Calls `deliver` for each message to `userId` until the returned function is called. */
  subscribe(userId: string, deliver: (message: LiveMessage) => void): () => void;
}
