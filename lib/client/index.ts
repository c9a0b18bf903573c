// The UI's window on the extension: the QuotelensClient interface, plus pure helpers views may use. The browser
// implementation lives in ./browser (entrypoints only) and the in-memory one in ./mock (tests, UI work).
export type * from './types';
export { samePage } from './text-fragment';
