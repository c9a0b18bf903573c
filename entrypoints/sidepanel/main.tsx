import { render } from 'preact';
import { createBrowserClient, tabIdFromQuery } from '@/lib/client/browser';
import { SidePanelApp } from '@/components/sidepanel-app';
import '@/components/styles.css';

const client = createBrowserClient({ fixedTabId: tabIdFromQuery(location.search) });
render(<SidePanelApp client={client} />, document.getElementById('app')!);
