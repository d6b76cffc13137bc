/**
 * QR codes for printed worksheets, drawn at build time as SVG markup: the paper
 * copy leads back to the page without typing the address. The SVG uses
 * attributes only (no style=""), so it passes the site's CSP.
 */
import QRCode from 'qrcode';
import { escapeAttr } from './embed-snippet';

/** An SVG QR code for `text`, labelled for assistive technology with `label`. */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return svg.replace(/^<svg /, `<svg class="qr" role="img" aria-label="${escapeAttr(label)}" `).trim();
}
