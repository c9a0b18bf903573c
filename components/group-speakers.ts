// "Who said what": one group per speaker in order of first appearance. Grouping uses the speaker key the speaker
// page searches by, so "Karoline Leavitt" and "karoline leavitt" are one person here and there; quotes the
// article attributes to no one form one group.
import type { Quote } from '../lib/model';
import { speakerKey } from '../lib/model/fold';

export interface SpeakerGroup {
  /** null for the unattributed quotes. */
  speaker: string | null;
  role: string | null;
  quotes: string[];
}


export function groupBySpeaker(quotes: ReadonlyArray<Pick<Quote, 'text' | 'speaker' | 'role'>>): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of quotes) {
    const key = speakerKey(q.speaker);
    let g = groups.get(key);
    if (!g) {
      g = { speaker: q.speaker || null, role: null, quotes: [] };
      groups.set(key, g);
    }
    g.role ??= q.role;
    g.quotes.push(q.text);
  }
  // The unattributed group goes last: it answers "who" least.
  const all = [...groups.values()];
  return [...all.filter((g) => g.speaker !== null), ...all.filter((g) => g.speaker === null)];
}
