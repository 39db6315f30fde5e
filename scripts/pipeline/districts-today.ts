/**
 * The last stage over cases: where each case counts today, beside the place
 * as its report wrote it. A report written before a district was abolished or
 * renamed (a 2013 report naming 萝岗区) keeps that name as the case's
 * district, and the case counts for the district in force that took it over
 * (黄埔区, the main successor in content/former-divisions.json): districts.json
 * and every page count by `districtToday`, so no page can count the case for
 * one district while another counts it for none. Runs after the editors'
 * write-ups and decisions, so a district an editor set is placed the same way.
 */
import type { Case, WrittenCase } from '../datasets/schema.ts';
import { type DistrictEntry, type PlaceTables, districtByCode, districtByName, formerDivision, successorOf } from './places.ts';

type Placed = Pick<WrittenCase, 'district' | 'districtCode' | 'city'>;

/** The district a case names: in force (by code, else by name in its city), or a former division. */
export function namedDistrict(c: Placed, zones: PlaceTables): DistrictEntry | null {
  if (!c.district) return null;
  const byCode = c.districtCode ? districtByCode(c.districtCode) : null;
  if (byCode?.name === c.district) return byCode;
  // A former division first: its name may be a district in force elsewhere (重庆's old 双桥区, 承德's 双桥区 today).
  return formerDivision(c.district, c.city, zones) ?? districtByName(c.district, { city: c.city, zones });
}

/** How the case's own text writes its district (萝岗区, 萝岗), verbatim, and which of its fields says so. */
function writtenPlace(c: Pick<WrittenCase, 'owner' | 'title' | 'quote'>, named: DistrictEntry | null): Pick<Case, 'districtWritten' | 'districtWrittenIn'> {
  const forms = named ? [named.name, named.short].filter((f) => f.length > 1) : [];
  for (const field of ['owner', 'title', 'quote'] as const) {
    const form = forms.find((f) => c[field].includes(f));
    if (form) return { districtWritten: form, districtWrittenIn: field };
  }
  return { districtWritten: null, districtWrittenIn: null };
}

type Today = Pick<Case, 'districtToday' | 'districtTodayCode' | 'districtWritten' | 'districtWrittenIn'>;

export function placeToday<C extends Placed & Pick<WrittenCase, 'owner' | 'title' | 'quote'>>(cases: readonly C[], zones: PlaceTables): (C & Today)[] {
  return cases.map((c) => {
    const named = namedDistrict(c, zones);
    const today = named?.former ? successorOf(named) : named;
    return { ...c, districtToday: today?.name ?? null, districtTodayCode: today?.code || null, ...writtenPlace(c, named) };
  });
}
