/** The time zones the browser knows, for the workspace setting; UTC first. Pure. */
export function listTimeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const rest = known.filter((zone) => zone !== 'UTC' && zone !== current);
  return [...new Set(['UTC', current, ...rest])];
}
