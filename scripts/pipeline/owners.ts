/**
 * Owners: who carried out a reform case, as the report writes it (市发改委,
 * 白云区三元里街, 广州中院) and in full (广州市发展和改革委员会), with its level
 * and district. The place prefix is resolved with the gazetteer (places.ts);
 * the rest is expanded with the editable table in content/owners.json (read
 * and checked as pipeline input, tables.ts, and passed in the context).
 */
import type { Level } from '../datasets/schema.ts';
import type { EditableTables, OwnerTable } from './tables.ts';
import { type PlaceHit, cityByName, districtByName, findPlaces, provinceAtStart, provinceOfCity } from './places.ts';

export interface Owner {
  written: string;
  full: string;
  level: Level;
  city: string | null;
  /** The province of the owner's place (广东省, 湖北省; 上海市 for a municipality). */
  province: string | null;
  district: string | null;
  districtCode: string | null;
  /** Street or town, when the owner is one or belongs to one. */
  street: string | null;
  /** A province's body (湖北省委改革办, 省发展改革委) that names no city: its case is province-wide, not in the report's city. */
  aboveCity: boolean;
}

/** The city a case of this owner stands in: its own, none for a province's body, else the report's. */
export const cityOfOwner = (owner: Owner, reportCity: string | null): string | null => owner.city ?? (owner.aboveCity ? null : reportCity);

export interface OwnerContext {
  /** The report's city: `市…` means this city. */
  city: string | null;
  /** The report's district: `区…` means this district. */
  district?: string | null;
  /** The editors' owner and zone tables. */
  tables: Pick<EditableTables, 'owners' | 'zones'>;
}

/** True when `full` already covers [at, at + length) with `expansion` (卫生健康委 inside 卫生健康委员会). */
function inside(full: string, at: number, length: number, expansion: string): boolean {
  for (let j = Math.max(0, at + length - expansion.length); j <= at; j++) {
    if (full.startsWith(expansion, j)) return true;
  }
  return false;
}

/** Expand every abbreviation of the table, longest first, left to right. */
export function expandAbbreviations(name: string, owners: OwnerTable): string {
  let out = '';
  for (let i = 0; i < name.length; ) {
    const hit = owners.abbreviations.find(([k, v]) => name.startsWith(k, i) && !inside(name, i, k.length, v));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else {
      out += name[i++];
    }
  }
  return out;
}

interface Prefix {
  /** The place part in full: 广州市, 广州市白云区三元里街道. */
  full: string;
  city: string | null;
  hits: PlaceHit[];
  /** Length of the written place part. */
  length: number;
}

/** The place an owner name starts with: 广州市 / 广州 / 市 / 区 / 白云区三元里街 / 广州开发区. */
function placePrefix(name: string, ctx: OwnerContext): Prefix {
  const zones = ctx.tables.zones;
  const first = findPlaces(name.slice(0, 20), { city: ctx.city, zones })[0];
  let city: string | null = null;
  let at = 0;
  if (first?.start === 0 && first.kind === 'city') [city, at] = [first.city, first.end];
  else if (first?.start === 0) [city, at] = [null, 0];
  else if (name.startsWith('市') && ctx.city) [city, at] = [ctx.city, 1];
  else if (cityByName(name.slice(0, 2)) && name[2] !== '市') [city, at] = [cityByName(name.slice(0, 2)), 2];
  else if (name.startsWith('区') && ctx.district) {
    const d = districtByName(ctx.district, { city: ctx.city, zones });
    return { full: d ? `${d.city}${d.name}` : ctx.district, city: d?.city ?? ctx.city, hits: d ? findPlaces(d.name, { city: d.city, zones }) : [], length: 1 };
  }
  let full = city ?? '';
  const hits: PlaceHit[] = [];
  const tail = name.slice(at);
  let pos = 0;
  for (const hit of findPlaces(tail, { city: city ?? ctx.city, zones })) {
    if (hit.start !== pos || hit.kind === 'city' || hit.short) break;
    hits.push(hit);
    // A zone keeps its own name (广州开发区管委会); a district, or a street named alone, gets its parents in front.
    const parents = `${city ? '' : hit.city}${hit.kind !== 'district' && hits.length === 1 ? hit.district?.name ?? '' : ''}`;
    full += hit.kind === 'zone' ? hit.matched : `${parents}${hit.name}`;
    city ??= hit.city;
    pos = hit.end;
    if (hit.kind === 'street' || hit.kind === 'town') break;
  }
  return { full, city, hits, length: at + pos };
}

/** A joint owner, 增城区委区政府: the party committee and the government of one place. */
const JOINT = /^(.+?[市区县镇])委(?:[市区县镇])?政府$/;

export function normalizeOwner(written: string, ctx: OwnerContext): Owner {
  const name = written.replace(/\s+/g, '');
  // Joint owners (市发改委、市政务服务数据管理局): each in full; level and place from the first that names a
  // district (市委台港澳办、集美区: the case stands in 集美区), else from the first.
  const parts = splitOwners(name);
  if (parts.length > 1) {
    const owners = parts.map((p) => normalizeOwner(p, ctx));
    return { ...(owners.find((o) => o.district) ?? owners[0]!), written, full: owners.map((o) => o.full).join('、') };
  }
  const joint = JOINT.exec(name);
  if (joint) {
    const party = normalizeOwner(`${joint[1]}委`, ctx);
    const gov = normalizeOwner(`${joint[1]}政府`, ctx);
    return { ...gov, written, full: `${party.full}、${gov.full}` };
  }
  // A provincial body (湖北省委改革办, 广东省…) keeps its name, like a national one.
  const { owners, zones } = ctx.tables;
  const lead = owners.prefixes.find((p) => name.startsWith(p)) ?? provinceAtStart(name) ?? '';
  const isParty = lead === '中共' || lead === '中国共产党';
  const body = isParty ? name.slice(lead.length) : name;
  // National and provincial bodies keep their name; a place inside still gives level and district.
  const national = !isParty && lead !== '';
  const prefix = national ? { full: '', city: null, hits: [], length: 0 } : placePrefix(body, ctx);
  const rest = expandAbbreviations(body.slice(prefix.length), owners);
  const partyOrgan = isParty || (prefix.full !== '' && rest.startsWith('委'));
  const full = national ? expandAbbreviations(name, owners) : `${partyOrgan ? '中共' : ''}${prefix.full}${rest}`;
  const hits = national ? findPlaces(name, { city: ctx.city, zones }).filter((h) => h.kind !== 'city') : prefix.hits;
  const place = hits.at(-1);
  const district = place?.district ?? null;
  const city = prefix.city ?? place?.city ?? (national ? findPlaces(name, { zones }).find((h) => h.kind === 'city')?.city ?? null : null);
  const level: Level = place?.kind === 'street' ? 'street' : place?.kind === 'town' ? 'town' : district ? 'district' : prefix.city ? 'city' : 'other';
  // 省… in a report is a body of the report's province.
  const ownProvince = lead === '省' && ctx.city ? provinceOfCity(ctx.city) : null;
  return {
    written,
    full,
    level,
    city,
    province: place?.province ?? (city ? provinceOfCity(city) : null) ?? provinceAtStart(body) ?? ownProvince,
    district: district?.name ?? null,
    districtCode: district?.code || null,
    street: place?.kind === 'street' || place?.kind === 'town' ? place.name : null,
    aboveCity: !city && !district && (provinceAtStart(body) !== null || ownProvince !== null),
  };
}

/**
 * True when a line reads as an owner's name: it starts with a place or an
 * organisation prefix and is a place itself or ends like an organisation.
 * Used to tell owner lines (`广州市水务局`) from headings (`三项国家级试点阶段性完成：`).
 */
export function looksLikeOwner(line: string, ctx: OwnerContext): boolean {
  const parts = splitOwners(line.trim());
  return parts.length > 1 ? parts.every((p) => looksLikeOneOwner(p, ctx)) : looksLikeOneOwner(line.trim(), ctx);
}

/** 市发改委、黄埔区 -> two owners; a 、 inside brackets does not split. */
function splitOwners(name: string): string[] {
  return name.length <= 80 ? name.split(/、(?![^（(]*[）)])/).filter((p) => p !== '') : [name];
}

function looksLikeOneOwner(written: string, ctx: OwnerContext): boolean {
  // A bracketed aside (黄埔区（广州开发区）) does not change what the name is.
  const name = written.replace(/[（(][^）)]*[）)]/g, '');
  if (name.length < 2 || name.length > 40 || /[，。；！？：:、“”]/.test(name)) return false;
  const lead = ctx.tables.owners.prefixes.find((p) => name.startsWith(p)) ?? provinceAtStart(name);
  const body = lead ? name.slice(lead.length) : name;
  const prefix = placePrefix(body, ctx);
  if (!lead && prefix.length === 0) return false;
  if (prefix.length === body.length) return prefix.hits.length > 0 || prefix.city !== null;
  return ctx.tables.owners.suffixes.some((s) => name.endsWith(s));
}

/**
 * True when a line ends like an organisation strong enough to stand without
 * a place in front (南方电网广东广州供电局, 广州地铁集团有限公司). Only for
 * lines whose position already says "owner" (a line before a headline).
 */
export function looksLikeOrganisation(line: string, owners: OwnerTable): boolean {
  const name = line.trim().replace(/[（(][^）)]*[）)]/g, '');
  if (name.length < 4 || name.length > 25 || /[，。；！？：:、“”\s]/.test(name)) return false;
  return owners.organisations.some((s) => name.endsWith(s));
}
