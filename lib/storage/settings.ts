// Reader settings live beside the history (meta store), so export/clear of history never touches them.
import { DEFAULT_SETTINGS, SettingsSchema, describeIssues, type Settings } from '../model';
import { read, write, type StoreContext } from './tx';

export async function getSettings(ctx: StoreContext): Promise<Settings> {
  const raw = await read(ctx, ['meta'], (tx) => tx.objectStore('meta').get('settings'));
  if (raw === undefined) return DEFAULT_SETTINGS;
  const r = SettingsSchema.safeParse(raw);
  if (r.success) return r.data;
  ctx.report('meta', 'settings', describeIssues(r.error));
  return DEFAULT_SETTINGS;
}

export async function setSettings(ctx: StoreContext, settings: Settings): Promise<Settings> {
  const valid = SettingsSchema.parse(settings);
  await write(ctx, ['meta'], async (tx) => { await tx.objectStore('meta').put(valid, 'settings'); });
  return valid;
}
