// The employer's notice on what happens to an applicant's data (common at the end of European
// postings) tells the applicant something; it asks for nothing. "GDPR" and "data protection" in
// it are not skills the posting asks for, while a sentence that does ask for them still counts.
import { describe, expect, it } from 'vitest';
import { realEngine } from './helpers';

const ids = (text: string) => realEngine().extract(text).skills.map((s) => s.id);
const REQS = 'Requirements\n- Python and SQL\n\n';

describe('a data-protection notice to applicants asks for nothing', () => {
  it.each([
    'Data Protection Information: when you apply for a position with us, you submit personal information, which we process under the GDPR.',
    'The personal data in your application is processed in accordance with the General Data Protection Regulation (GDPR).',
    'You have the right to lodge a complaint with the Personal Data Protection Office.',
    'By submitting your application you agree that your data is stored for six months in line with GDPR and our Privacy Notice.',
  ])('%s', (notice) => {
    const read = ids(`${REQS}${notice}`);
    expect(read).toEqual(expect.arrayContaining(['python', 'sql']));
    expect(read).not.toContain('gdpr');
    expect(read).not.toContain('data-privacy');
  });

  it('still reads GDPR where the posting asks for it', () => {
    expect(ids('Requirements\n- Knowledge of GDPR and experience handling personal data in applications\n')).toContain('gdpr');
    expect(ids('You must understand data protection and GDPR.')).toContain('gdpr');
  });

  it('keeps the skills of a sentence about personal data that is not about applying', () => {
    expect(ids('You will build pipelines that process personal data with Spark and Airflow.')).toEqual(expect.arrayContaining(['spark', 'airflow']));
  });
});
