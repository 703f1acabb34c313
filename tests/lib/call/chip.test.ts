import { describe, expect, it, vi } from 'vitest';
import { createChip } from '@/lib/call/chip';

describe('call page chip', () => {
  it('is one labelled button in an open shadow root, reused when created again (T17)', () => {
    const onClick = vi.fn();
    const chip = createChip(document, [{ text: 'Aizuchi', label: 'Open Aizuchi', onClick }]);
    createChip(document, [{ text: 'Aizuchi', label: 'Open Aizuchi', onClick }]).setVisible(true);
    const hosts = document.querySelectorAll('#aizuchi-chip-host');
    expect(hosts).toHaveLength(1);
    const button = hosts[0]!.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Open Aizuchi');
    button.click();
    expect(onClick).toHaveBeenCalledTimes(1);
    chip.setVisible(false);
    expect((hosts[0] as HTMLElement).hidden).toBe(true);
  });
});

describe('the chip asks which member a call is with', () => {
  it('shows and hides the question without renaming its buttons', () => {
    document.getElementById('aizuchi-chip-host')?.remove();
    const chip = createChip(document, [{ text: 'Aizuchi', label: 'Open Aizuchi', onClick: vi.fn() }]);
    const root = document.getElementById('aizuchi-chip-host')!.shadowRoot!;
    chip.ask('Which member is this?');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Which member is this?');
    expect(root.querySelector('button')?.getAttribute('aria-label')).toBe('Open Aizuchi');
    chip.ask(null);
    expect((root.querySelector('[role="status"]') as HTMLElement).hidden).toBe(true);
  });
});
