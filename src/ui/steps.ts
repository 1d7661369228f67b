// A step's kind in words, the same in the popup and on the options page.
import type { StepKind } from '../core/schema';

const KIND: Record<StepKind, string> = {
  course: 'Course',
  degree: 'Degree',
  bootcamp: 'Bootcamp',
  fellowship: 'Fellowship',
  residency: 'Residency',
  postdoc: 'Postdoc',
  project: 'Project',
  'paper-replication': 'Paper replication',
  competition: 'Competition',
  'volunteer-research': 'Volunteer research',
  'open-source': 'Open source',
  community: 'Community',
  'internal-move': 'Internal move',
  'job-step': 'Job step',
  networking: 'Networking',
  'self-study': 'Self-study',
};
export const kindLabel = (kind: StepKind): string => KIND[kind];
