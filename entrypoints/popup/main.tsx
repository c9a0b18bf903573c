import { render } from 'preact';
import { createBrowserClient, tabIdFromQuery } from '@/lib/client/browser';
import { PopupApp } from '@/components/popup-app';
import '@/components/styles.css';

const client = createBrowserClient({ fixedTabId: tabIdFromQuery(location.search) });
render(<PopupApp client={client} />, document.getElementById('app')!);
