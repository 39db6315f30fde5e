/**
 * Metadata from heads the earlier rules did not read (issue 12, the blind set 78–91), each class with heads written
 * for this test the way such pages write them: dispatch lines (…日电, …消息), 摘自 as a source field, a date in words
 * leading a source line, a headline run into its bracketed byline, a site's menu above the headline, and a report
 * named for its place's government with 人民 left out.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../scripts/pipeline/document.ts';
import { contentTables } from '../helpers/seeds.ts';

const tables = contentTables();
const meta = (text: string) => {
  const d = buildDocument('unseen.txt', Buffer.from(text, 'utf8'), undefined, [], tables);
  return { title: d.title, publisher: d.publisher, published: d.published };
};
const region = (text: string) => buildDocument('unseen.txt', Buffer.from(text, 'utf8'), undefined, [], tables).region;

describe('dispatch lines name the outlet', () => {
  it('outlet, place and day before 电', () => {
    expect(meta('新华社杭州3月5日电 记者从浙江省政府获悉，全省“最多跑一次”改革持续深化。\n').publisher).toBe('新华社');
    expect(meta('中新网1月18日电 据住建部网站消息，2007年中国人居环境奖获奖名单公示。\n').publisher).toBe('中新网');
    expect(meta('中央社／ 台中5日电\n台中市政府今天公布年度施政成果。\n').publisher).toBe('中央社');
  });

  it('outlet and place before 消息; no place, no dispatch', () => {
    expect(meta('央广网成都消息（记者 张三）近年来，四川省持续推进改革。\n').publisher).toBe('央广网');
    expect(meta('传来好消息：全区新增就业岗位。\n').publisher).toBeNull();
  });
});

describe('the place a dispatch is filed from', () => {
  it('is the city of a head that names no place in full', () => {
    expect(region('中央社／ 高雄22日电\n快讯：高市共夺得5奖，市府表示将让高雄稳健前行。\n').city).toBe('高雄市');
    expect(region('新华社杭州3月5日电 记者从浙江省政府获悉，全省“最多跑一次”改革持续深化。\n').city).toBe('杭州市');
    expect(region('中央社／ 宜兰5日电\n县府今天公布年度施政成果。\n').city).toBe('宜兰县');
  });

  it('gives way to a place the head names in full, and names no city for a province', () => {
    expect(region('新华社北京3月5日电 广州市天河区推出一项改革。\n').city).toBe('广州市');
    expect(region('国际在线吉林消息（记者 张三）近年来，全省持续推进改革。\n').city).toBeNull();
  });
});

describe('source lines and headlines', () => {
  it('摘自 names the source', () => {
    expect(meta('各地推进城市更新工作综述\n正文一段，说明各地的做法。\n摘自:中国建设报\n').publisher).toBe('中国建设报');
  });

  it('a date in words leading a source line is the page\'s date, not the day the report was delivered', () => {
    const head = '2024年海珠区政府工作报告\n2024年02月20日来源:海珠区人民政府办公室\n——2024年1月10日在海珠区第十七届人民代表大会第四次会议上\n';
    expect(meta(head)).toMatchObject({ published: '2024-02-20', publisher: '海珠区人民政府办公室' });
  });

  it('a headline run into its bracketed byline ends before it', () => {
    expect(meta('智慧交通年会在广州举办 产学研共推交通新生活 【王小明讯】中国智能交通协会年会今日开幕，逾400人参加。\n').title).toBe('智慧交通年会在广州举办产学研共推交通新生活');
  });

  it('a site\'s menu of short lines is no headline, and the place\'s government issues its report', () => {
    const head = '政务服务\n微信公众号\n媒体矩阵\n英文版\n政务邮箱\n分享\n(2024年1月8日)佛山市政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。\n';
    expect(meta(head)).toMatchObject({ title: '（2024年1月8日）佛山市政府工作报告', publisher: '佛山市人民政府' });
  });
});
