import { afterAll, describe, expect, it } from 'vitest';
import { fieldText, firstText } from '../../src/sites/dom';
import { closeAll, page } from './helpers';

afterAll(closeAll);

describe('fieldText: a short field as a person sees it', () => {
  it('leaves out style sheets, scripts and templates inside the element, and joins the rest on one line', () => {
    const { doc } = page('<div id="c">AceOne <b>Technologies</b><style>.serp{inline-size:1.5rem}</style><script>var x = 1;</script><template>hidden</template>\n  Ltd</div>', 'https://example.test/');
    expect(fieldText(doc.querySelector('#c'))).toBe('AceOne Technologies Ltd');
    expect(firstText(doc, ['#none', '#c'])?.text).toBe('AceOne Technologies Ltd');
  });

  it('is the text as it stands when nothing is hidden in it, and empty for no element', () => {
    const { doc } = page('<h1 id="t">  Data   Scientist </h1>', 'https://example.test/');
    expect(fieldText(doc.querySelector('#t'))).toBe('Data Scientist');
    expect(fieldText(null)).toBe('');
    expect(fieldText(doc.querySelector('#missing'))).toBe('');
  });
});
