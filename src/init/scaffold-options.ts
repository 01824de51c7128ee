import type { PathwayId } from '../outline/schema.js';

/** What the candidate told init, by flags or prompts. */
export interface ScaffoldOptions {
  candidate: string;
  pathway: PathwayId;
  specialist: string[];
  advanced: string[];
  assessor?: string;
  /** YYYY-MM-DD */
  registered?: string;
}

export interface PlannedFile {
  /** Portfolio-relative path with forward slashes. */
  path: string;
  content: string;
  /** Why the file is there, for the plan shown by --dry-run. */
  purpose: string;
}
