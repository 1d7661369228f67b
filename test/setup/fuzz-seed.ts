// The property tests' inputs are drawn from one fixed seed, so `npm test` checks the same cases
// on every run and cannot fail by chance. `npm run fuzz` draws fresh inputs each time (a
// failure prints its seed; FUZZ_SEED=<seed> replays it) to look for what the fixed cases miss.
import fc from 'fast-check';

const FIXED_SEED = 20261204;
const seed = process.env.FUZZ_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : FIXED_SEED });
