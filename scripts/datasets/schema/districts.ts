/** A district (districts.json): its names past and present and its cases counted by year, list and domain. */
import { z } from 'zod';
import { doc } from './common.ts';

const tally = (description: string) => doc(z.record(z.string(), z.number().int()), description);

export const districtSchema = z.object({
  code: doc(z.string(), '行政区划代码（440111）'),
  name: doc(z.string(), '区名'),
  slug: doc(z.string(), '网址用的拼音：baiyun'),
  city: doc(z.string(), '所属城市'),
  home: doc(z.boolean(), '是否属于网站的主城市（编辑在网站设置中指定）：主城市的每个区都列出，有无案例皆然'),
  total: doc(z.number().int(), '案例总数（按 districtToday 统计，含报告记在旧区名下的案例）'),
  formerNames: doc(
    z.array(
      z.object({
        name: doc(z.string(), '已撤销或更名的旧区名（萝岗区）'),
        code: doc(z.string().nullable(), '旧区的行政区划代码（440116）；不详时为空'),
        year: doc(z.number().int(), '撤销或更名的年份'),
        total: doc(z.number().int(), '报告记在这个旧区名下、今天计入本区的案例数（已含在 total 中）'),
      }),
    ),
    '报告记在已撤销或更名的旧区名下、今天计入本区的案例，按旧区分列（旧区名及其承继关系由编辑维护）',
  ),
  byYear: tally('各年份的案例数'),
  byList: tally('各榜单的案例数'),
  byDomain: tally('各政策领域的案例数'),
});

export type District = z.infer<typeof districtSchema>;
