import { render } from 'preact';
import { OptionsApp } from '@/components/options-app';
import '@/components/styles.css';

render(<OptionsApp />, document.getElementById('app')!);
