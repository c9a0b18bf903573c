import { render } from 'preact';
render(<p>Quotelens</p>, document.getElementById('app')!);
