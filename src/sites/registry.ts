// The boards GapLens knows. Adding one: its adapter file, its fixtures, and one line here.
import { ashby } from './ashby';
import { generic } from './generic';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { wellfound } from './wellfound';
import { workday } from './workday';
import type { SiteAdapter } from './types';

/** Board adapters, chosen by URL. `generic` is not among them: it runs only on request. */
export const adapters: SiteAdapter[] = [linkedin, indeed, greenhouse, lever, workday, ashby, wellfound, glassdoor];

export { generic };

export function adapterFor(url: URL): SiteAdapter | undefined {
  return adapters.find((adapter) => adapter.matches(url));
}
