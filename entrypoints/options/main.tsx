import { render } from 'preact';
import { createBrowserClient } from '@/lib/client/browser';
import { OptionsApp } from '@/components/options-app';
import '@/components/styles.css';

render(<OptionsApp client={createBrowserClient()} />, document.getElementById('app')!);
