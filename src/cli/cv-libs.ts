// pdfjs-dist and mammoth as Node loads them, for reading CV files in the CLI (and in tests).
import type { CvFileLibs, DocxLib, PdfLib } from '../core/cv-file';

/**
 * pdfjs-dist 6 calls Promise.withResolvers, which Node has only from 22; this is the same
 * function, defined once before pdfjs loads (browsers have it natively).
 */
function polyfillWithResolvers() {
  const P = Promise as unknown as { withResolvers?: () => unknown };
  if (typeof P.withResolvers === 'function') return;
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers<T>() {
      let resolve!: (v: T | PromiseLike<T>) => void;
      let reject!: (e?: unknown) => void;
      const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
      return { promise, resolve, reject };
    },
  });
}

export const nodeCvLibs: CvFileLibs = {
  pdf: async () => {
    polyfillWithResolvers();
    // The legacy build is the one made for Node; in Node it runs its worker in-process.
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    return lib as unknown as PdfLib;
  },
  docx: async () => {
    const mod = await import('mammoth');
    const lib = (mod.default ?? mod) as unknown as MammothNode;
    // mammoth's Node build reads a Buffer; its browser build reads the ArrayBuffer itself.
    const docx: DocxLib = {
      html: ({ arrayBuffer }) => lib.convertToHtml({ buffer: Buffer.from(arrayBuffer) }, { convertImage: lib.images.imgElement(() => Promise.resolve({ src: '' })) }),
    };
    return docx;
  },
};

interface MammothNode {
  convertToHtml: (input: { buffer: Buffer }, options: { convertImage: unknown }) => Promise<{ value: string }>;
  images: { imgElement: (f: () => Promise<{ src: string }>) => unknown };
}
