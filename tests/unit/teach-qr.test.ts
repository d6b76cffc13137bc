// The worksheet's QR code: build-time SVG that the CSP allows and a screen reader can name.
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr';

const url = 'https://example.org/mine-ban/sections/the-treaty/';

describe('QR code', () => {
  it('is an SVG with no style attribute, labelled as an image', async () => {
    const svg = await qrSvg(url, 'QR code for "the" <page> & more');
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).not.toMatch(/<script/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="QR code for &quot;the&quot; &lt;page> &amp; more"');
  });

  it('draws the code for the URL with a quiet zone: the viewBox is the module count plus two on each side', async () => {
    const svg = await qrSvg(url, 'QR');
    const size = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toContain(`viewBox="0 0 ${size + 4} ${size + 4}"`);
    // A different address gives a different drawing.
    expect(await qrSvg(url.replace('treaty', 'decision'), 'QR')).not.toBe(svg);
  });
});
