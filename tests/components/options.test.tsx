// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsApp } from '@/components/options-app';
import { createMockClient } from '@/lib/client/mock';
import { visit } from './fixtures';

afterEach(cleanup);

describe('options', () => {
  it('shows the saved limits and saves new ones', async () => {
    const client = createMockClient({ settings: { retention: { maxAgeDays: 30, maxArticles: null } } });
    render(<OptionsApp client={client} />);
    const days = (await screen.findByLabelText(/not seen for more than/)) as HTMLInputElement;
    expect(days.value).toBe('30');
    fireEvent.input(days, { target: { value: '' } });
    fireEvent.input(screen.getByLabelText(/Keep at most/), { target: { value: '500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(client.data.settings).toEqual({ retention: { maxAgeDays: null, maxArticles: 500 } });
  });

  it('refuses a limit that is not a positive whole number', async () => {
    const client = createMockClient();
    render(<OptionsApp client={client} />);
    fireEvent.input(await screen.findByLabelText(/Keep at most/), { target: { value: '-3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(client.calls.some((c) => c.method === 'saveSettings')).toBe(false);
  });

  it('imports a history file and reports a refused one', async () => {
    const client = createMockClient({ history: [visit(1)] });
    render(<OptionsApp client={client} />);
    const exported = await createMockClient({ history: [visit(1), visit(2)] }).exportHistory('json');
    expect(await screen.findByText('Saved now: 1 article, 0 quotes.')).toBeTruthy();
    const input = (await screen.findByLabelText(/Import history/)) as HTMLInputElement;
    const good = new File([exported.text], 'h.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [good] } });
    expect(await screen.findByText('Imported: 1 new articles, 1 already saved.')).toBeTruthy();
    expect(await screen.findByText('Saved now: 2 articles, 0 quotes.')).toBeTruthy();
    fireEvent.change(input, { target: { files: [new File(['not json'], 'x.json')] } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Import refused: the file is not JSON/));
  });

  it('shows import progress while the background writes the file in batches, and the input waits for it', async () => {
    const client = createMockClient({ history: [] });
    let finish: (r: { added: number; updated: number }) => void = () => {};
    client.importHistory = (_text, onProgress) => new Promise((resolve) => {
      onProgress?.({ done: 500, total: 2000 });
      finish = resolve;
    });
    render(<OptionsApp client={client} />);
    const input = (await screen.findByLabelText(/Import history/)) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['{}'], 'h.json', { type: 'application/json' })] } });
    const bar = (await screen.findByRole('progressbar')) as HTMLProgressElement;
    expect(bar.value).toBe(500);
    expect(bar.max).toBe(2000);
    expect(bar.closest('label')?.textContent).toMatch(/Importing: 500 of 2000 articles/);
    expect(input.disabled).toBe(true);
    finish({ added: 2000, updated: 0 });
    expect(await screen.findByText('Imported: 2000 new articles, 0 already saved.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(input.disabled).toBe(false);
  });
});
