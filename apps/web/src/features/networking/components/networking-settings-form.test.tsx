import { labelFor, renderHtml } from '../../../test/render';
import { NetworkingSettingsForm } from './networking-settings-form';

describe('the tables’ settings form', () => {
  it('offers labelled number fields with their limits and «turn on» while rotations are off', async () => {
    const html = await renderHtml(
      <NetworkingSettingsForm eventId="e" networking={{ enabled: false, tableSize: null, rounds: null, planned: false }} />,
      'es',
    );
    const size = /<input[^>]*name="tableSize"[^>]*>/.exec(html)![0];
    const rounds = /<input[^>]*name="rounds"[^>]*>/.exec(html)![0];
    expect(labelFor(html, /id="([^"]+)"/.exec(size)![1]!)).toBe('Tamaño de mesa');
    expect(labelFor(html, /id="([^"]+)"/.exec(rounds)![1]!)).toBe('Rondas');
    expect(size).toContain('min="2"');
    expect(size).toContain('max="20"');
    expect(size).toContain('value="4"');
    expect(rounds).toContain('max="12"');
    expect(rounds).toContain('value="3"');
    expect(html).toContain('Activar las mesas');
  });

  it('once on, shows the settings and a button to change them', async () => {
    const html = await renderHtml(<NetworkingSettingsForm eventId="e" networking={{ enabled: true, tableSize: 5, rounds: 2, planned: true }} />, 'ca');
    expect(html).toContain('Taules de 5 · 2 rondes');
    expect(html).toContain('Canvia la mida de taula o les rondes');
    expect(html).not.toContain('<input');
  });
});
