import type { AnyRule } from '../rule.js';

/** Rules about evidence, links, accessibility, privacy and the core principles. */
export const linkRules: AnyRule[] = [];
