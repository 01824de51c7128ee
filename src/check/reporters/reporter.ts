import type { Portfolio } from '../../model/types.js';
import type { CheckResult } from '../check-portfolio.js';

export interface ReportContext {
  portfolio: Portfolio;
  /** Colour is decided by the CLI (terminal, NO_COLOR, FORCE_COLOR); reporters only obey. */
  colour: boolean;
  /** Show each paragraph's reading (description, reflection, evidence, other). */
  explain: boolean;
  /** How to name the portfolio folder in output: relative to where the user ran cmalt. */
  displayRoot: string;
}

/** Reporters only format: they take the result and return text. */
export type Reporter = (result: CheckResult, context: ReportContext) => string;
