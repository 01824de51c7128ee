import type { AnyRule } from '../rule.js';
import { changedPracticeMissing } from './changed-practice-missing.js';
import { forwardLookMissing } from './forward-look-missing.js';
import { reflectionMostlyDescription } from './reflection-mostly-description.js';
import { reflectionShareInferred } from './reflection-share-inferred.js';

/**
 * Rules that judge reflection by what the prose does, not only where it sits: each reads the
 * paragraphs through the shared, cached classification in src/reflection/read-portfolio.ts.
 */
export const reflectionRules: AnyRule[] = [
  // How much reflects: under the Reflection heading, then where there are no headings.
  reflectionMostlyDescription,
  reflectionShareInferred,
  // What the reflection says: a change in practice (2b), and a look forward (every criterion).
  changedPracticeMissing,
  forwardLookMissing,
];
