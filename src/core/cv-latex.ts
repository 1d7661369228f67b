// A CV kept as LaTeX source (a résumé repository's main.tex, or a web page that pastes it) read
// as the words its compiled PDF would show, laid out the way a PDF's text layer gives them: the
// preamble and % comments go, \section{Experience} becomes a heading line, a résumé template's
// entry macro (\resumeSubheading{Company}{City}{Title}{Dates}, \cventry{…}) becomes its two-column
// rows ("Company   City" / "Title   Dates"), \item and \resumeItem{…} become list lines,
// \item[Languages] a "Languages:" label, and formatting commands leave their text.
//
// One pass over the text with an index; a group's words are read once, by the same pass, so the
// cost is the text's length (groups deeper than MAX_DEPTH are read as plain text).

/** The source is LaTeX: a document body, or a class's preamble, or several sections. */
export function isLatexSource(text: string): boolean {
  if (/\\begin\{document\}|\\documentclass\b/.test(text)) return true;
  let sections = 0;
  for (const m of text.matchAll(/\\(?:sub)?section\*?\{/g)) if (m && ++sections >= 2) return true;
  return false;
}

/** Commands whose arguments are layout or set-up, never words a reader sees. */
const DROP = new Set([
  'vspace', 'hspace', 'vskip', 'hskip', 'setlength', 'addtolength', 'setcounter', 'includegraphics', 'rule', 'color', 'pagecolor',
  'definecolor', 'colorlet', 'usepackage', 'RequirePackage', 'newcommand', 'renewcommand', 'providecommand', 'newenvironment',
  'renewenvironment', 'titleformat', 'titlespacing', 'pagestyle', 'thispagestyle', 'input', 'include', 'geometry', 'hypersetup',
  'fancyhf', 'fancyfoot', 'fancyhead', 'setbool', 'fontdir', 'fontsize', 'setlist', 'label', 'ref', 'cite', 'bibliography',
  'bibliographystyle', 'urlstyle', 'pdfgentounicode', 'raggedright', 'raggedleft', 'centering', 'noindent', 'titlerule',
  'photo', 'setmainfont', 'setsansfont', 'defaultfontfeatures', 'moderncvstyle', 'moderncvcolor', 'nopagenumbers',
  'addbibresource', 'vfill', 'newpage', 'clearpage', 'pagebreak', 'linebreak', 'makecvheader', 'makecvfooter', 'maketitle',
  'faIcon', 'extracolsep', 'hrule', 'hrulefill', 'smallskip', 'medskip', 'bigskip', 'vcenter', 'hbox', 'bullet', 'cdot', 'labelitemi', 'labelitemii',
]);
/** Commands that show only their last argument: \textcolor{blue}{Data Analyst}, \href{url}{text}, \raisebox{-1pt}{text}. */
const LAST = new Set(['textcolor', 'href', 'raisebox', 'colorbox', 'fcolorbox', 'foreignlanguage', 'resizebox', 'scalebox', 'parbox', 'makebox']);
/** Formatting commands with one argument: its words, as they are. */
const ONE = new Set(['textbf', 'textit', 'emph', 'underline', 'textsc', 'textsf', 'texttt', 'textrm', 'textup', 'textmd', 'textsl', 'mbox', 'url', 'uline', 'small', 'footnotesize', 'large', 'Large', 'huge', 'Huge', 'normalsize', 'scriptsize', 'tiny', 'bfseries', 'itshape', 'scshape']);
/** Headings: \section{Experience}, \cvsection{…}, \subsection*{…}. */
const HEADING = /^(?:sub)*section$|^(?:chapter|part|cvsection|cvsubsection|resumesection|sectiontitle)$/i;
/** A template's list item: \resumeItem{…}, \resitem{…}, \cvitem{label}{text}, \cvlistitem{…}. */
const ITEM = /item/i;
/** Environments whose opening takes layout arguments: \begin{tabular*}{0.97\textwidth}[t]{l r}, \begin{textblock*}{5cm}(2cm,1cm). */
const LAYOUT_ENV = /^(?:tabular\*?|tabularx|tabulary|longtable|minipage|textblock\*?|multicols\*?|wrapfigure|paracol|adjustbox)$/;
const SYMBOLS: Record<string, string> = {
  '&': '&', '%': '%', '$': '$', '#': '#', '_': '_', '{': '{', '}': '}', ' ': ' ', ',': ' ', ';': ' ', ':': ' ', '!': '',
  textbar: '|', textbullet: '•', textperiodcentered: '·', textendash: '–', textemdash: '—', LaTeX: 'LaTeX', TeX: 'TeX',
  quad: '  ', qquad: '   ', hfill: '   ', newline: '\n', par: '\n', and: ' and ', ldots: '…', dots: '…', textasciitilde: '~',
};
const MAX_DEPTH = 24;
const BRACKET_MAX = 300;

/** Lines of `text` with each unescaped % and the rest of its line removed. */
function dropComments(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let cut = -1;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '\\') { i++; continue; }
      if (line[i] === '%') { cut = i; break; }
    }
    // A line that was only a comment leaves nothing, not an empty line that would end a paragraph.
    if (cut >= 0 && line.slice(0, cut).trim() === '') continue;
    out.push(cut < 0 ? line : line.slice(0, cut));
  }
  return out.join('\n');
}

/** LaTeX source → the text its document shows (see the file's comment). Text that is not LaTeX: unchanged. */
export function latexToText(source: string): string {
  if (!isLatexSource(source)) return source;
  let t = dropComments(source);
  const begin = t.indexOf('\\begin{document}');
  if (begin >= 0) {
    // The preamble (class, packages, command definitions) goes; anything above \documentclass
    // (a web page's front matter) stays for the page's own reading.
    const cls = t.indexOf('\\documentclass');
    t = (cls >= 0 && cls < begin ? t.slice(0, cls) : '') + t.slice(begin + '\\begin{document}'.length);
  }
  const end = t.indexOf('\\end{document}');
  if (end >= 0) t = t.slice(0, end);
  let i = 0;
  const n = t.length;

  const skipSpace = (newlines: boolean): void => {
    while (i < n && (t[i] === ' ' || t[i] === '\t' || (newlines && t[i] === '\n'))) i++;
  };
  /** Reads `{…}` at i (i on the brace) and returns its words; i ends after the closing brace. */
  const group = (depth: number): string => {
    i++; // {
    const words = body(depth + 1, '}');
    if (i < n && t[i] === '}') i++;
    return words;
  };
  /**
   * Skips `[…]` or `(…)` at i, balanced on its own kind of bracket, when it closes within
   * BRACKET_MAX characters (options and coordinates are short); otherwise only the bracket itself
   * is passed over, so an unclosed "[" is never scanned for again.
   */
  const skipBracket = (open: string, close: string): string => {
    const from = ++i;
    const limit = Math.min(n, from + BRACKET_MAX);
    let level = 1;
    while (i < limit && level > 0) {
      if (t[i] === open) level++;
      else if (t[i] === close) level--;
      i++;
    }
    if (level > 0) { i = from; return ''; }
    return t.slice(from, i - 1);
  };
  /** The brace arguments that follow a command, across spaces and line breaks between them. */
  const args = (depth: number, max: number): string[] => {
    const out: string[] = [];
    for (;;) {
      const save = i;
      skipSpace(true);
      if (i < n && t[i] === '[' && out.length === 0) { skipBracket('[', ']'); skipSpace(true); }
      if (i < n && t[i] === '{' && out.length < max) { out.push(group(depth)); continue; }
      i = save;
      return out;
    }
  };
  const rows = (cells: string[]): string => {
    const lines: string[] = [];
    for (let k = 0; k < cells.length; k += 2) lines.push([cells[k], cells[k + 1]].map((c) => (c ?? '').trim()).filter(Boolean).join('   '));
    return `\n${lines.filter(Boolean).join('\n')}\n`;
  };

  function command(depth: number): string {
    i++; // backslash
    if (i >= n) return '';
    const c = t[i]!;
    if (c === '\\') { i++; if (t[i] === '*') i++; if (t[i] === '[') skipBracket('[', ']'); return '\n'; }
    if (!/[A-Za-z@]/.test(c)) { i++; return Object.hasOwn(SYMBOLS, c) ? SYMBOLS[c]! : ''; }
    const from = i;
    while (i < n && /[A-Za-z@]/.test(t[i]!)) i++;
    const name = t.slice(from, i);
    if (t[i] === '*') i++;
    if (Object.hasOwn(SYMBOLS, name)) { if (t[i] === '{' && t[i + 1] === '}') i += 2; return SYMBOLS[name]!; }
    if (name === 'begin' || name === 'end') {
      skipSpace(false);
      if (t[i] !== '{') return '\n';
      i++;
      const close = t.indexOf('}', i);
      const env = close < 0 ? '' : t.slice(i, close);
      i = close < 0 ? n : close + 1;
      if (name === 'begin' && LAYOUT_ENV.test(env)) {
        for (let k = 0; k < 3; k++) {
          const save = i;
          skipSpace(false);
          if (t[i] === '{') group(depth); else if (t[i] === '[') skipBracket('[', ']'); else if (t[i] === '(') skipBracket('(', ')'); else { i = save; break; }
        }
      } else if (name === 'begin' && t[i] === '[') skipBracket('[', ']');
      return '\n';
    }
    if (name === 'item') {
      skipSpace(false);
      if (t[i] === '[') {
        const label = skipBracket('[', ']').trim();
        skipSpace(true);
        return label ? `\n${latexToTextInline(label)}: ` : '\n- ';
      }
      return '\n- ';
    }
    if (DROP.has(name)) {
      if (name === 'newcommand' || name === 'renewcommand' || name === 'providecommand') {
        // \newcommand{\x}[2]{body}: the name, the arity and the body go.
        skipSpace(true);
        if (t[i] === '{') group(depth); else if (t[i] === '\\') { i++; while (i < n && /[A-Za-z@]/.test(t[i]!)) i++; }
        skipSpace(false);
        while (t[i] === '[') { skipBracket('[', ']'); skipSpace(false); }
      }
      if (t[i] === '[') skipBracket('[', ']');
      args(depth, name === 'includegraphics' || name === 'color' || name === 'label' ? 1 : 9);
      return name === 'titlerule' || name === 'hrulefill' ? '\n' : '';
    }
    if (HEADING.test(name)) {
      const a = args(depth, 1);
      return a.length ? `\n${a[0]!.trim()}\n` : '';
    }
    if (LAST.has(name)) {
      const a = args(depth, 3);
      return a.length ? a[a.length - 1]! : '';
    }
    if (ONE.has(name)) {
      if (t[i] !== '{' && t[i] !== ' ' && t[i] !== '\n') return '';
      const a = args(depth, 1);
      return a[0] ?? '';
    }
    const a = args(depth, 9);
    if (ITEM.test(name)) return a.length ? `\n- ${a.map((x) => x.trim()).filter(Boolean).join(': ')}` : '\n';
    // \name{Jane}{Doe}: a person's name, one line.
    if (name === 'name') return `\n${a.join(' ')}\n`;
    // A template's entry macro: its arguments as the two-column rows the PDF shows.
    if (a.length >= 2) return rows(a);
    return a[0] ?? '';
  }

  function body(depth: number, stop: string): string {
    let out = '';
    while (i < n) {
      const c = t[i]!;
      if (c === stop && depth > 0) return out;
      if (depth > MAX_DEPTH) { out += c; i++; continue; }
      if (c === '\\') { out += command(depth); continue; }
      if (c === '{') { out += group(depth); continue; }
      if (c === '}') { i++; continue; }
      if (c === '$' || c === '^') { i++; continue; }
      if (c === '&') { out += '   '; i++; continue; }
      if (c === '~') { out += ' '; i++; continue; }
      if (c === '-' && t[i + 1] === '-') {
        if (t[i + 2] === '-') { out += '—'; i += 3; } else { out += '–'; i += 2; }
        continue;
      }
      if ((c === '`' && t[i + 1] === '`') || (c === "'" && t[i + 1] === "'")) { out += '"'; i += 2; continue; }
      out += c;
      i++;
    }
    return out;
  }

  const words = body(0, '');
  return words
    .split('\n')
    .map((l) => l.trim())
    // As a PDF's text layer: no empty lines, and no bullet left empty by "\item \resumeSubheading{…}".
    .filter((l) => l !== '' && l !== '-')
    .join('\n');
}

/** An item's label ("\item[Tools \& Frameworks]"): its words, with no line breaks. */
function latexToTextInline(label: string): string {
  return label.replace(/\\([&%$#_{}])/g, '$1').replace(/\\[A-Za-z]+\s*/g, '').replace(/[{}]/g, '').trim();
}
