/**
 * Kept only because style-rules.ts (split on another branch) still imports isRecord from here;
 * the story is validated with valibot (story.ts). Delete this file once that import reads
 * './is-record.ts'.
 */
export { isRecord } from './is-record.ts';
