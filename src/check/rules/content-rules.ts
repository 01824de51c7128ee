import type { AnyRule } from '../rule.js';
import { sectionMissing } from './section-missing.js';

/** Rules about a portfolio's structure, balance and leftovers. */
export const contentRules: AnyRule[] = [sectionMissing];
