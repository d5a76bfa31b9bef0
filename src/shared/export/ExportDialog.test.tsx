import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportButton } from './ExportButton';
import { fixtureSpec } from './exportSpec.fixture';

let saved: { name: string; blob: Blob }[] = [];

// The button loads the dialog lazily; loaded here first, a test waits on the dialog, not on a busy machine's import.
beforeAll(async () => {
  await import('./ExportDialog');
}, 60_000);

beforeEach(() => {
  // The dialog keeps the last choices for the tab's session; each test starts from the defaults.
  sessionStorage.clear();
  saved = [];
  let n = 0;
  const blobs = new Map<string, Blob>();
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (b: Blob) => {
        const url = `blob:test/${n++}`;
        blobs.set(url, b);
        return url;
      },
      revokeObjectURL: () => undefined,
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function openDialog() {
  render(
    <main>
      <button type="button">Before</button>
      <ExportButton getSpec={() => fixtureSpec()} />
    </main>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Export' }));
  return screen.findByRole('dialog', { name: 'Export and share' });
}

describe('ExportButton', () => {
  it('opens the dialog from a spec that arrives later (its code loading), and says so when it cannot load', async () => {
    let fail = true;
    render(
      <ExportButton
        getSpec={() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(fixtureSpec()))}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The export could not open: its code did not load.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByRole('dialog', { name: 'Export and share' })).toBeInTheDocument();
    expect(screen.queryByText(/could not open/)).not.toBeInTheDocument();
  });
});

describe('ExportDialog', () => {
  it('opens as a modal dialog with format, resolution, size and background choices', async () => {
    const dialog = await openDialog();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    for (const name of ['Format', 'Resolution', 'Size', 'Background'])
      expect(screen.getByRole('group', { name })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'PNG' })).toBeChecked();
    expect(screen.getByRole('radio', { name: /^2× 3840 × 2160 px/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: '16:9 slide' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'White' })).toBeChecked();
  });

  it('puts focus inside, keeps Tab inside, and closes on Esc returning focus to the button', async () => {
    const dialog = await openDialog();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    for (let i = 0; i < 20; i++) {
      await userEvent.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await userEvent.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus());
  });

  it('shows the pixel size of each resolution for the chosen preset', async () => {
    await openDialog();
    await userEvent.click(screen.getByRole('radio', { name: 'Square' }));
    expect(screen.getByRole('radio', { name: /^3× 3240 × 3240 px/ })).toBeInTheDocument();
  });

  it('never releases the preview’s file while the preview shows it, however quickly the options change', async () => {
    const revoked = new Set<string>();
    URL.revokeObjectURL = (url: string) => void revoked.add(url);
    const dialog = await openDialog();
    const preview = () => dialog.querySelector<HTMLImageElement>('.export-preview img');
    // The preview is drawn after a pause and in jsdom's slow SVG code: the ceiling is for a loaded machine.
    await waitFor(() => expect(preview()).not.toBeNull(), { timeout: 10_000 });
    for (const name of ['Transparent', 'Square', 'Dark', 'White']) {
      const before = preview()!.getAttribute('src')!;
      await userEvent.click(screen.getByRole('radio', { name }));
      // Until the next preview is drawn, the image still reads the last one's file: it must still be there.
      expect(revoked).not.toContain(preview()!.getAttribute('src'));
      await waitFor(() => expect(preview()!.getAttribute('src')).not.toBe(before), { timeout: 10_000 });
      // The last file is released in the effects of the commit that replaced it, which React may run a task after
      // that commit's DOM change (a run in 30 on a busy machine saw the new image before the release).
      await waitFor(() => expect(revoked).toContain(before));
      expect(revoked).not.toContain(preview()!.getAttribute('src'));
    }
  });

  it('disables the resolution choice for SVG, which has none', async () => {
    await openDialog();
    await userEvent.click(screen.getByRole('radio', { name: 'SVG' }));
    expect(screen.getByRole('group', { name: 'Resolution' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download SVG' })).toBeInTheDocument();
  });

  it('downloads an SVG named after what it shows and the date', async () => {
    await openDialog();
    await userEvent.click(screen.getByRole('radio', { name: 'SVG' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download SVG' }));
    await screen.findByText(/^Saved tip-tiers_2020_BLR-SRB_\d{4}-\d\d-\d\d\.svg/);
    expect(saved[0]!.name).toMatch(/^tip-tiers_2020_BLR-SRB_\d{4}-\d\d-\d\d\.svg$/);
    expect(await saved[0]!.blob.text()).toContain('<title id="export-title">');
  });

  it('downloads the data as CSV with a byte-order mark and the header on line 1', async () => {
    await openDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(saved[0]!.name).toMatch(/\.csv$/);
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes.slice(3));
    expect(csv).toMatch(/^iso3,country,reportYear,tier,victims,victimsFlag,source,sourceCitation\r\n/);
    expect(csv).toContain('\r\nBLR,Belarus,2020,Tier 3,,<5,tip-tiers-combined,');
    expect(screen.getByText(/^Saved tip-tiers_2020_BLR-SRB_.*\.csv \(2 rows/)).toBeInTheDocument();
  });

  it('copies the link and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await openDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('https://atlas.example/?year=2020&countries=BLR,SRB');
    expect(await screen.findByText('Link copied. It reopens this exact view.')).toBeInTheDocument();
  });

  it('explains when the browser cannot copy images', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    await openDialog();
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Copy image' }));
    });
    expect(await screen.findByText(/does not let web pages copy images/)).toBeInTheDocument();
  });

  it('says why when the browser refuses to copy the image, and offers the download instead', async () => {
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Promise<Blob>>) {}
      static supports = () => true;
    }
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const write = vi.fn().mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { write } });
    await openDialog();
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Copy image' }));
    });
    expect(
      await screen.findByText(
        'The browser did not allow copying to the clipboard (permission denied or the page is not focused). Download the PNG instead.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download PNG' })).toBeEnabled();
  });
});
