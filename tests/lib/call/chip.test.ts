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
