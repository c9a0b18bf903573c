// The background's logic without the browser: message handlers over lib/storage and lib/protocol, with tabs, badge
// and pending lookups passed in as ports. entrypoints/background wires it to the real browser APIs.
// Imports lib/model, lib/storage, lib/protocol (and the pure text-fragment helper), never `browser`.
export { createBackgroundService, type BackgroundPorts, type BackgroundService, type Sender } from './background-service';
