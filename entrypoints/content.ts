import { analyzePage } from '@/lib/extract';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    analyzePage(document, location.href);
  },
});
