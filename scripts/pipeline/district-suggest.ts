/**
 * Which district an editor meant, when the name typed is not one (黄铺区 in a
 * review file or on the desk): the districts one or two characters away,
 * ranked by where the site looks first — the home city's districts
 * (content/site.json), then the former divisions editors listed
 * (content/former-divisions.json), the home city's first, then every other district of the
 * gazetteer — each with the reason, in Chinese, for the editor. 黄铺区 is as
 * near Guangzhou's 黄埔区 as Shanghai's 黄浦区: the home city decides.
 */
import { editDistance } from '../datasets/suggest.ts';
import { type DistrictEntry, type PlaceTables, districtNames, formerDivision, gazetteerDistrict, listDistricts } from './places.ts';

export interface DistrictSuggestion {
  /** The district's name as it would be written (黄埔区, 萝岗区). */
  name: string;
  /** Why it is suggested, for the editor: 网站主城市广州市的区. */
  reason: string;
}

/** The former divisions of the editors' table, each once. */
function formerDivisions(zones: PlaceTables): DistrictEntry[] {
  const all = [...zones.former.values(), ...zones.formerWeak.values()].flat().flatMap((p) => (p.district?.former ? [p.district] : []));
  return [...new Map(all.map((d) => [`${d.city}${d.name}`, d])).values()];
}

/** A name the pipeline can place: a district in force anywhere in China, or a former division of the editors' table. */
export function knownDistrict(name: string, zones: PlaceTables | null): boolean {
  return gazetteerDistrict(name) !== null || (zones !== null && formerDivision(name, null, zones) !== null);
}

/** The districts an editor may have meant by `name`, at most `max`: home city first, then former divisions, then the rest. */
export function suggestDistricts(name: string, zones: PlaceTables | null, max = 3): DistrictSuggestion[] {
  // As for every did-you-mean (datasets/suggest.ts): at most a third of the characters differ, at least one.
  const limit = Math.max(1, Math.floor([...name].length / 3));
  const home = zones?.home.name;
  const formerIn = (homeCity: boolean) => (zones ? formerDivisions(zones).filter((d) => (d.city === home) === homeCity).map((d) => d.name) : []);
  const formerReason = (n: string) => {
    const d = formerDivision(n, null, zones!)!;
    return `${d.city}的旧区名，${d.former!.year}年区划调整后今属${d.former!.successors.join('、')}`;
  };
  const tiers: { names: string[]; reason: (n: string) => string }[] = [
    { names: home ? listDistricts(home).map((d) => d.name) : [], reason: () => `网站主城市${home}的区` },
    // The home city's former names before other cities' (萝港区 is as near 天津's 大港区 as 萝岗区).
    { names: formerIn(true), reason: formerReason },
    { names: formerIn(false), reason: formerReason },
    { names: districtNames(), reason: (n) => `${gazetteerDistrict(n)?.city ?? ''}的区` },
  ];
  const seen = new Set<string>();
  const out: DistrictSuggestion[] = [];
  for (const tier of tiers) {
    const near = tier.names
      .filter((n) => !seen.has(n) && n !== name)
      .map((n) => ({ n, d: editDistance(name, n) }))
      .filter(({ d }) => d <= limit)
      .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
    for (const { n } of near) {
      seen.add(n);
      out.push({ name: n, reason: tier.reason(n) });
    }
  }
  return out.slice(0, max);
}

/** ` Did you mean "黄埔区" (网站主城市广州市的区)?`, in an editor's error (a review file, a write-up); '' when nothing is near. */
export function didYouMeanDistrict(name: string, zones: PlaceTables | null): string {
  const [best, ...more] = suggestDistricts(name, zones);
  if (!best) return '';
  return ` Did you mean "${best.name}" (${best.reason})?${more.length ? ` Also near: ${more.map((s) => `"${s.name}" (${s.reason})`).join(', ')}.` : ''}`;
}

/** `可能是：黄埔区（网站主城市广州市的区）；黄浦区（上海市的区）。`, or '' when there are none. */
export function suggestionsInChinese(suggestions: readonly DistrictSuggestion[]): string {
  return suggestions.length ? `可能是：${suggestions.map((s) => `${s.name}（${s.reason}）`).join('；')}。` : '';
}
