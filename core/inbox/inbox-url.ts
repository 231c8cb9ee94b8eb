/**
 * The match patterns of the Business Suite inbox: the only pages ReplyClock runs on and the
 * only hosts it is allowed to touch (manifest host permissions and content-script matches).
 */
export const INBOX_MATCHES = [
  'https://business.facebook.com/latest/inbox/*',
  'https://www.facebook.com/latest/inbox/*',
];
