import * as z from 'zod/mini';

// Extension pages run under a CSP without 'unsafe-eval': never let zod probe `new Function`.
z.config({ jitless: true });

export { z };

/** A short, readable summary of why a value failed its schema ("quotes.0.text: expected string"). */
export function describeIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code?: string; expected?: unknown }> }): string {
  return error.issues
    .slice(0, 5)
    .map((i) => {
      const where = i.path.length ? i.path.map(String).join('.') : '(root)';
      const what = i.code === 'invalid_type' && i.expected ? `expected ${String(i.expected)}` : i.message;
      return `${where}: ${what}`;
    })
    .join('; ');
}
