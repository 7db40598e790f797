// Which background sound belongs to a location (the ink names only the location).
const AMBIENCE: Record<string, string> = {
  keuken: 'binnen',
  woonkamer: 'binnen',
  slaapkamer: 'binnen',
  badkamer: 'binnen',
  mentorkamer: 'binnen',
  klas: 'school',
  sportclub: 'school',
  schoolplein: 'buiten',
  straat: 'buiten',
};

export function ambienceFor(location: string): string | null {
  return AMBIENCE[location] ?? null;
}
