import { describe, expect, it } from 'vitest';
import { checkedDocument, detectMediaType, DOCUMENT_MAX_BYTES, documentFileName, hasDocumentExtension } from './documents.js';
import { AppError } from './errors.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);
const pdf = text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52);
const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46);

function errorOf(run: () => unknown): { code: string; fields: Record<string, string> } {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, fields: { ...error.fields } };
    throw error;
  }
  throw new Error('no error');
}

describe('detectMediaType', () => {
  it('knows PDF, PNG and JPEG by their first bytes', () => {
    expect(detectMediaType(pdf)).toBe('application/pdf');
    expect(detectMediaType(png)).toBe('image/png');
    expect(detectMediaType(jpeg)).toBe('image/jpeg');
  });

  it('refuses anything else, whatever it is named: HTML, SVG, GIF, a truncated signature, nothing', () => {
    expect(detectMediaType(text('<!DOCTYPE html><html><script>alert(1)</script></html>'))).toBeNull();
    expect(detectMediaType(text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBeNull();
    expect(detectMediaType(text('GIF89a'))).toBeNull();
    expect(detectMediaType(png.slice(0, 7))).toBeNull();
    expect(detectMediaType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectMediaType(text('%PDF'))).toBeNull();
    expect(detectMediaType(text(' %PDF-1.7'))).toBeNull();
    expect(detectMediaType(new Uint8Array())).toBeNull();
  });
});

describe('documentFileName', () => {
  it('keeps the base name, without folders nor control or invisible characters', () => {
    expect(documentFileName('2022_07_CPTS-SNP.pdf', 'application/pdf')).toBe('2022_07_CPTS-SNP.pdf');
    expect(documentFileName('C:\\Users\\camille\\Documents\\ordonnance.PDF', 'application/pdf')).toBe('ordonnance.PDF');
    expect(documentFileName('../../etc/passwd.png', 'image/png')).toBe('passwd.png');
    expect(documentFileName('plaie\u0000\r\n jour 3.jpeg', 'image/jpeg')).toBe('plaie jour 3.jpeg');
    expect(documentFileName('photo\u202Egnp.jpg', 'image/jpeg')).toBe('photognp.jpg');
  });

  it('ends with an extension of the real type, and names a nameless file "document"', () => {
    expect(documentFileName('page.html', 'application/pdf')).toBe('page.html.pdf');
    expect(documentFileName('scan', 'image/png')).toBe('scan.png');
    expect(documentFileName('photo.jpg', 'image/jpeg')).toBe('photo.jpg');
    expect(documentFileName('', 'image/jpeg')).toBe('document.jpg');
    expect(documentFileName('dossier/..', 'application/pdf')).toBe('document.pdf');
  });

  it('keeps 255 characters at most, extension included', () => {
    const name = documentFileName(`${'é'.repeat(300)}.pdf`, 'image/png');
    expect(Array.from(name)).toHaveLength(255);
    expect(name.endsWith('é.png')).toBe(true);
  });
});

describe('hasDocumentExtension', () => {
  it('accepts .jpg, .jpeg, .png and .pdf in any case, nothing else', () => {
    expect(['a.jpg', 'a.JPEG', 'a.png', 'b.Pdf'].map(hasDocumentExtension)).toEqual([true, true, true, true]);
    expect(['a.svg', 'a.html', 'a.gif', 'pdf', 'a.pdf.exe'].map(hasDocumentExtension)).toEqual([false, false, false, false, false]);
  });
});

describe('checkedDocument', () => {
  it('takes the file name as the title when none is given, and trims a given one', () => {
    expect(checkedDocument({ fileName: '2022_07_CPTS-SNP.pdf', content: pdf })).toEqual({
      fileName: '2022_07_CPTS-SNP.pdf',
      title: '2022_07_CPTS-SNP.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    expect(checkedDocument({ fileName: 'IMG_0001.png', title: '   ', content: png }).title).toBe('IMG_0001.png');
    expect(checkedDocument({ fileName: 'IMG_0001.png', title: '  Plaie\tjour 3\n', content: png }).title).toBe('Plaie jour 3');
  });

  it('types the document by its content, not its name: an HTML or SVG file named .png is refused', () => {
    const html = text('<html><body><script>document.cookie</script></body></html>');
    const svg = text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(errorOf(() => checkedDocument({ fileName: 'photo.png', content: html })).code).toBe('documents.unsupported_type');
    expect(errorOf(() => checkedDocument({ fileName: 'photo.png', content: svg })).code).toBe('documents.unsupported_type');
    expect(errorOf(() => checkedDocument({ fileName: 'photo.png', content: png.slice(0, 4) })).code).toBe('documents.unsupported_type');
    expect(checkedDocument({ fileName: 'scan.png', content: jpeg })).toMatchObject({ mediaType: 'image/jpeg', fileName: 'scan.png.jpg' });
  });

  it('takes 1 byte to 2 Mo', () => {
    expect(errorOf(() => checkedDocument({ fileName: 'vide.pdf', content: new Uint8Array() }))).toEqual({ code: 'validation.failed', fields: { file: 'document.empty' } });
    const largest = new Uint8Array(DOCUMENT_MAX_BYTES);
    largest.set(pdf);
    expect(checkedDocument({ fileName: 'gros.pdf', content: largest }).sizeBytes).toBe(2_097_152);
    const tooLarge = new Uint8Array(DOCUMENT_MAX_BYTES + 1);
    tooLarge.set(pdf);
    expect(errorOf(() => checkedDocument({ fileName: 'trop.pdf', content: tooLarge })).code).toBe('documents.too_large');
  });

  it('refuses a title of more than 200 characters; a long file name as title is shortened', () => {
    expect(errorOf(() => checkedDocument({ fileName: 'a.pdf', title: 'x'.repeat(201), content: pdf }))).toEqual({
      code: 'validation.failed',
      fields: { title: 'document_title.too_long' },
    });
    expect(checkedDocument({ fileName: 'a.pdf', title: 'x'.repeat(200), content: pdf }).title).toHaveLength(200);
    expect(checkedDocument({ fileName: `${'n'.repeat(240)}.pdf`, content: pdf }).title).toHaveLength(200);
  });
});
