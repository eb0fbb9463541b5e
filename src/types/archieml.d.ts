/** Types for the `archieml` package (0.5.0), which ships none. */
declare module 'archieml' {
  export function load(text: string, options?: { comments?: boolean }): Record<string, unknown>;
  const _default: { load: typeof load };
  export default _default;
}
