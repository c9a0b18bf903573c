import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PAGE_MATCHES } from './entrypoints/content/analyser-handle';

const PERMISSIONS = ['storage', 'tabs', 'contextMenus', 'unlimitedStorage'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // The sources zip is for store review: it builds the extension; test pages are third-party content, kept out.
  zip: { excludeSources: ['tests/**', 'bench-out/**', '.vitest.json'] },
  manifest: ({ browser }) => ({
    name: 'Quotelens',
    description: 'Key points, who said what, and a private searchable history of the news articles you read.',
    // The analyser is injected (scripting / tabs.executeScript) into the pages the content script already runs on:
    // the host patterns are its matches, so the install prompt asks for nothing the content script did not.
    ...(browser === 'firefox'
      ? { permissions: [...PERMISSIONS, ...PAGE_MATCHES] }
      : { permissions: [...PERMISSIONS, 'scripting'], host_permissions: PAGE_MATCHES }),
    action: { default_title: 'Quotelens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'quotelens@quotelens.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
