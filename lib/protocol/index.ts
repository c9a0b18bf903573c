// Messages between the extension's contexts: one protocol per direction, each message with a request and a
// response schema. Senders get typed, parsed replies; receivers parse every message and answer malformed ones with
// `{ok: false, error}`. Depends on lib/model only; the transport (browser.runtime / tabs) is passed in.
export * from './define';
export * from './content-to-bg';
export * from './bg-to-content';
export * from './ui-to-bg';
export * from './bg-to-ui';
