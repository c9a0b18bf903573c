// Settings: how much history to keep, and the history as a file (export, import). Everything stays local: the
// export is a download made in this page, the import a file the reader picks.
import { useState } from 'preact/hooks';
import type { ExportFormat, QuotelensClient, Settings } from '../lib/client/types';
import { useLoad } from './use-load';
import { RetentionForm } from './retention-form';
import { errorText, plural } from './format';

const EXPORTS: Array<{ format: ExportFormat; label: string }> = [
  { format: 'json', label: 'Export history (JSON)' },
  { format: 'csv', label: 'Export quotes (CSV)' },
  { format: 'md', label: 'Export quotes (Markdown)' },
];

export function OptionsApp({ client }: { client: QuotelensClient }) {
  const settings = useLoad(() => client.getSettings(), [client]);
  const [changes, setChanges] = useState(0);
  const stats = useLoad(() => client.historyStats(), [client, changes]);
  const [status, setStatus] = useState<string | null>(null);
  const [importing, setImporting] = useState<{ done: number; total: number } | null>(null);

  async function save(next: Settings) {
    try {
      await client.saveSettings(next);
      setStatus('Saved.');
      settings.reload();
      setChanges((n) => n + 1);
    } catch (e) {
      setStatus(`Could not save: ${errorText(e)}`);
    }
  }

  async function exportFile(format: ExportFormat) {
    try {
      const file = await client.exportHistory(format);
      const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(`Exported ${file.filename}.`);
    } catch (e) {
      setStatus(`Export failed: ${errorText(e)}`);
    }
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    setStatus('Reading the file…');
    try {
      const r = await client.importHistory(await file.text(), (p) => {
        setImporting(p);
        setStatus(null);
      });
      setStatus(`Imported: ${r.added} new articles, ${r.updated} already saved.`);
      setChanges((n) => n + 1);
    } catch (e) {
      // The background's refusal already says so (and that nothing changed); other failures get the prefix here.
      const why = errorText(e);
      setStatus(/^Import refused/.test(why) ? why : `Import refused: ${why}`);
    } finally {
      setImporting(null);
    }
  }

  return (
    <main class="options">
      <h1>Quotelens settings</h1>
      <p class="hint">
        Quotelens keeps the articles you read and their quotes in this browser only. Nothing is sent anywhere.
      </p>
      {status && <p class="note" role="status">{status}</p>}
      {importing && (
        <p class="note import-progress" role="status">
          <label>
            Importing: {importing.done} of {plural(importing.total, 'article')}{' '}
            <progress max={Math.max(importing.total, 1)} value={importing.done} />
          </label>
        </p>
      )}
      <section aria-labelledby="retention-h">
        <h2 id="retention-h">Keep history</h2>
        {settings.status === 'error' && <p class="empty" role="alert">Settings are unavailable: {settings.error}</p>}
        {settings.data && <RetentionForm value={settings.data} onSave={save} />}
      </section>
      <section aria-labelledby="file-h">
        <h2 id="file-h">Your history as a file</h2>
        {stats.data && (
          <p>Saved now: {plural(stats.data.visits, 'article')}, {plural(stats.data.quotes, 'quote')}.</p>
        )}
        <p class="hint">The JSON file holds every saved article and quote and can be imported again; import merges it.</p>
        <div class="row">
          {EXPORTS.map(({ format, label }) => (
            <button key={format} type="button" onClick={() => void exportFile(format)}>{label}</button>
          ))}
          <label class="file-button">
            Import history…
            <input type="file" accept="application/json,.json" class="visually-hidden" disabled={importing !== null}
              onChange={(e) => { void importFile(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
          </label>
        </div>
      </section>
    </main>
  );
}

