import { INBOX_MATCHES } from '@/core/inbox/inbox-url';
export default defineContentScript({ matches: INBOX_MATCHES, main() {} });
