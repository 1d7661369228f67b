// crxjs: importing a script with `?script&iife` builds it as its own self-contained file
// and gives its path in the extension, for `scripting.executeScript`.
declare module '*?script&iife' {
  const fileName: string;
  export default fileName;
}
