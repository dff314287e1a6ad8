/**
 * Document metadata for a PDF as Chromium wrote it, with pdf-lib: title, author, subject,
 * language, creation and modification dates taken from the content (not the clock), an XMP
 * packet with the same facts, outline titles as the headings read, text that copies and searches
 * as the page wrote it (to-unicode.ts), and a document ID derived from the file's own bytes. Same content in, same bytes out.
 *
 * pdf-lib loads and rewrites every object, so the structure tree (tags), MarkInfo, the outline
 * and the links survive; tests/pdf checks they do.
 */
import { createHash } from 'node:crypto';
import { isHeadingEntry } from './read-pdf.ts';
import { repairToUnicode } from './to-unicode.ts';
import { PDFDocument, PDFName, PDFHexString, PDFDict, PDFString } from 'pdf-lib';

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47, e.g. en-GB */
  language: string;
  /** YYYY-MM-DD: the date the content runs to; creation and modification date */
  date: string;
  creator: string;
  /** the headings in document order, to repair outline titles Chromium joins across line breaks */
  headings: string[];
  /** open the bookmarks panel when the file opens */
  showOutline?: boolean;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Outline items in document order (depth first), as [dict] list. */
function outlineItems(doc: PDFDocument): PDFDict[] {
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const items: PDFDict[] = [];
  const walk = (first: PDFDict | undefined) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push(item);
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
  return items;
}

const textOf = (v: unknown) => (v instanceof PDFHexString || v instanceof PDFString ? v.decodeText() : '');

/** Gives each outline entry its heading's text as written (see isHeadingEntry for what Chromium does). */
function repairOutline(doc: PDFDocument, headings: string[]): number {
  let h = 0;
  let repaired = 0;
  for (const item of outlineItems(doc)) {
    const title = textOf(item.get(PDFName.of('Title')));
    // headings and outline entries come in the same order; skip headings that made no entry
    let k = h;
    while (k < headings.length && !isHeadingEntry(title, headings[k])) k++;
    if (k === headings.length) continue;
    if (headings[k] !== title) { item.set(PDFName.of('Title'), PDFHexString.fromText(headings[k])); repaired++; }
    h = k + 1;
  }
  return repaired;
}

function xmp(meta: DocumentMeta, producer: string, id: string): string {
  const date = `${meta.date}T00:00:00Z`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${xml(meta.language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmp:CreatorTool>${xml(meta.creator)}</xmp:CreatorTool>
   <pdf:Producer>${xml(producer)}</pdf:Producer>
   <pdf:Keywords>${xml(meta.keywords.join('; '))}</pdf:Keywords>
   <xmpMM:DocumentID>uuid:${id}</xmpMM:DocumentID>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

const uuid = (hex: string) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

async function write(bytes: Uint8Array, meta: DocumentMeta, id: string): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const chromium = doc.getProducer() ?? 'Chromium';
  const producer = `${chromium}; metadata by pdf-lib`;
  const date = new Date(`${meta.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`bad document date "${meta.date}"`);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(meta.creator);
  doc.setProducer(producer);
  doc.setLanguage(meta.language);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  repairOutline(doc, meta.headings);
  repairToUnicode(doc);
  if (meta.showOutline) doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  // XMP is UTF-8 (pdf-lib would write a string's UTF-16 code units as single bytes)
  const packet = doc.context.stream(new TextEncoder().encode(xmp(meta, producer, uuid(id))), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(packet));
  const idString = PDFHexString.of(id);
  doc.context.trailerInfo.ID = doc.context.obj([idString, idString]);
  return { bytes: await doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false }), pages: doc.getPageCount() };
}

/** The finished PDF: metadata set, outline repaired, ID = hash of the file written with a blank ID. */
export async function finishPdf(chromiumPdf: Uint8Array, meta: DocumentMeta): Promise<{ bytes: Uint8Array; pages: number }> {
  const blank = await write(chromiumPdf, meta, '0'.repeat(32));
  const id = createHash('sha256').update(blank.bytes).digest('hex').slice(0, 32);
  return write(chromiumPdf, meta, id);
}

