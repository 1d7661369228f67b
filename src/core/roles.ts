// Which of GapLens's target roles a listing's title is (issue 19 item 10): the market radar
// can then count only the listings of the roles a person aims at, so the analyst and
// software listings they also opened do not skew it. Read from the title alone, the way a
// person sorts a list of jobs; a title can be more than one role ("Data Scientist / ML
// Engineer") or none ("Software Engineer, Payments"). Pure.
import type { TargetRole } from './schema';

const ML = String.raw`(?:ml|machine[- ]learning|ai|a\.i\.|artificial intelligence|deep[- ]learning|computer vision|cv|nlp|llm|genai|generative ai|perception|applied ai)`;

const ROLE_TITLES: ReadonlyArray<[TargetRole, RegExp]> = [
  ['mlops-engineer', new RegExp(String.raw`\b(?:mlops|llmops|ml\s*ops|${ML}\s+(?:platform|infrastructure|infra|ops|operations|systems)(?:\s+\w+)?\s+engineer)`, 'i')],
  ['ml-engineer', new RegExp(String.raw`\b${ML}(?:\s*(?:\/|&|and|,)\s*${ML})?(?:\s+\w+)?\s+(?:engineer|developer)|\b(?:engineer|developer),?\s+(?:\w+\s+)?(?:${ML})\b|\bresearch\s+engineer\b`, 'i')],
  ['research-scientist', /\b(?:research\s+scientist|(?:ml|ai|machine[- ]learning)\s+research(?:er)?|research\s+(?:ml|ai)\b|scientist,?\s+(?:ml|ai|machine[- ]learning)\s+research)/i],
  ['applied-scientist', /\bapplied\s+(?:ml\s+|ai\s+|machine[- ]learning\s+)?scientist/i],
  ['computational-biologist', /\b(?:computational\s+biolog\w*|bioinformatic\w*|computational\s+(?:genomics|scientist)|biostatistic\w*)/i],
  ['data-scientist', /\bdata\s+scien(?:tist|ce)|\b(?:ml|machine[- ]learning|ai)\s+scientist|\bdecision\s+scientist/i],
  ['data-analyst', /\b(?:data|business(?:\s+intelligence)?|product|marketing|analytics|bi|insights?)\s+analyst|\banalytics\s+(?:lead|manager|specialist)/i],
  ['data-engineer', /\b(?:data|analytics|big\s+data|etl)\s+engineer/i],
  ['ml-product-manager', new RegExp(String.raw`\b(?:${ML}|data)\s+product\s+(?:manager|owner|lead)|\bproduct\s+(?:manager|owner|lead),?\s+(?:\w+\s+)?(?:${ML}|data)\b`, 'i')],
];

/** The target roles a listing's title names (none for a title outside them, or no title). */
export function rolesOfTitle(title: string | null | undefined): TargetRole[] {
  if (!title) return [];
  const t = title.slice(0, 300);
  return ROLE_TITLES.filter(([, re]) => re.test(t)).map(([role]) => role);
}
