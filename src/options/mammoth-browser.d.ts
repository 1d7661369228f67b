// mammoth's browser bundle ships without types; cv-libs.ts describes the part it uses.
declare module 'mammoth/mammoth.browser.js' {
  const mammoth: unknown;
  export default mammoth;
}
