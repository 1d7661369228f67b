// Postings kept by datasets with their line breaks turned into list items or pipes (src/core/flattened.ts).
import { describe, expect, it } from 'vitest';
import { unflatten } from '../../src/core/flattened';

describe('unflatten', () => {
  it('puts a written-out Python list\'s items on lines of their own, whichever quotes each item has', () => {
    expect(unflatten("['About us', 'Requirements:', \"• It's Python\", '• SQL']")).toBe("About us\nRequirements:\n• It's Python\n• SQL");
  });

  it('takes a one-item list\'s text out of its brackets and quotes, and undoes repr()\'s escapes', () => {
    expect(unflatten("['Skill: python, sql; Exp: 0-3 years']")).toBe('Skill: python, sql; Exp: 0-3 years');
    expect(unflatten("['It\\'s a plus', 'C:\\\\data']")).toBe("It's a plus\nC:\\data");
  });

  it('keeps a text with more real lines than list items as it is', () => {
    const text = "['a', 'b', 'c']\nline\nline\nline\nline";
    expect(unflatten(text)).toBe(text);
  });

  it('reads pipes as line breaks where they stand for them, the spaces after one as the next line\'s indent', () => {
    expect(unflatten('We build tools.|REQUIRED QUALIFICATIONS:|- Python|  - SQL||About us')).toBe('We build tools.\nREQUIRED QUALIFICATIONS:\n- Python\n  - SQL\n\nAbout us');
  });

  it('leaves a posting with real lines, a few pipes, or a markdown table alone', () => {
    const table = 'Requirements\n| Skill | Level |\n| --- | --- |\n| Python | E |\n| SQL | D |';
    expect(unflatten(table)).toBe(table);
    expect(unflatten('Location: Berlin | Hybrid | Full time')).toBe('Location: Berlin | Hybrid | Full time');
    const lined = 'Requirements\n- Python | SQL\n- Spark | Kafka\n- dbt\nAbout us';
    expect(unflatten(lined)).toBe(lined);
  });
});
