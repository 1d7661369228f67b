// pdfjs-dist and mammoth as the options page loads them, for reading a CV file. Both are
// loaded only when a PDF or Word file is chosen (their own chunks), and the PDF worker is
// a file of the extension (emitted by vite from the `?url` import), so nothing is fetched
// from the network and the extension's CSP (script-src 'self') allows it. Never imported
// by the content script.
import type { CvFileLibs, DocxLib, PdfLib } from '../core/cv-file';

interface MammothBrowser {
  convertToHtml: (input: { arrayBuffer: ArrayBuffer }, options: { convertImage: unknown }) => Promise<{ value: string }>;
  images: { imgElement: (f: () => Promise<{ src: string }>) => unknown };
}

export const browserCvLibs: CvFileLibs = {
  pdf: async () => {
    // The legacy build runs in every browser the manifest allows (Chrome 116+, Firefox 140+);
    // the modern build assumes newer engines.
    const [lib, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
    ]);
    lib.GlobalWorkerOptions.workerSrc = worker.default;
    return lib as unknown as PdfLib;
  },
  docx: async () => {
    const mod = (await import('mammoth/mammoth.browser.js')) as { default?: MammothBrowser } & Partial<MammothBrowser>;
    const lib = (mod.default ?? mod) as MammothBrowser;
    const docx: DocxLib = {
      // Images are left out, not inlined as data: URLs (they are not read).
      html: ({ arrayBuffer }) => lib.convertToHtml({ arrayBuffer }, { convertImage: lib.images.imgElement(() => Promise.resolve({ src: '' })) }),
    };
    return docx;
  },
};
