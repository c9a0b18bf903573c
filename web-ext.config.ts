import { defineWebExtConfig } from 'wxt';

// Headless machines have no window for `wxt` dev to open a browser in; load .output/chrome-mv3-dev by hand.
export default defineWebExtConfig({ disabled: true });
