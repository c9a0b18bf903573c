// Quotelens data model: every value that crosses a context boundary, is stored or is imported is one of these
// zod schemas; types are derived from them. Built on `zod/mini` so the content script stays small.
// Imports nothing but zod.
export * from './analysis';
export * from './history';
export { articleKey, siteHost } from './url';
export { setOverlap } from './overlap';
export { z, describeIssues } from './zod';
