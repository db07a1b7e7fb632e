/**
 * Fixed text of the reporting page, both languages. Facts here are national (the law, the 2024
 * retirement of the 12369 phone line); county specifics come from the data folder.
 * Sources: docs in data/README.md §reporting; Environmental Protection Law (2014) Art. 57.
 */
import { defineText, type Lang } from '../../i18n/text.ts';

const zh = {
  title: '举报污染',
  intro:
    '发现大气污染——例如偷排废气、露天焚烧、工地扬尘、餐饮油烟直排、使用不合格燃油——可以通过下面的官方渠道举报。本站不是政府网站，不接收、不转交举报，也不会记录你是否举报。',
  summary:
    '举报、投诉大气污染，请拨打全国统一的 12345 政务服务便民热线；原 12369 环保举报电话已于 2024 年停用，并入 12345。',
  formButton: '打开在线举报表',
  formLead: '在线举报表',
  no12369:
    '12369 环保举报电话已于 2024 年停用，并入 12345 政务服务便民热线。请不要再拨打 12369 电话；“12369环保举报”微信公众号和网上举报平台仍在使用。',
  channelsHeading: '举报渠道',
  contactPhone: '电话',
  contactWeb: '网址',
  contactWechat: '微信公众号',
  hours: '受理时间',
  anonymous: '可否匿名',
  anonymousYes: '可以匿名',
  anonymousNo: '不能匿名',
  anonymousUnknown: '未核实能否匿名',
  anonymitySource: '依据：',
  entry: '入口',
  entryNote: '该栏目本身的网址尚未核实：请先打开这个网站，再在网站上找到该栏目。',
  period: '开放期间',
  source: '来源',
  checked: '最近核对',
  noLocal:
    '本县生态环境部门的举报电话和地址尚无可核实的公开来源，所以这里不列出。找到可靠来源后会补上。',
  closedHeading: '已结束的临时渠道',
  includeHeading: '举报时写清楚什么',
  nextHeading: '举报之后',
  lawHeading: '你的法律保护',
  safetyHeading: '安全建议',
  hostHeading: '本站服务器会记录什么',
  notesHeading: '本省的其他说明',
  externalTitle: '即将离开本站',
  externalBody:
    '在线举报表不由本站运营，而由下列单位运营。打开它时，对方会看到你的访问（例如 IP 地址和浏览器信息），并可能记录下来。本站不会把你从哪里来告诉对方（不发送来源页信息）。',
  externalOperator: '运营方',
  externalContinue: '继续，打开举报表',
  externalBack: '返回举报页',
};

const en: { readonly [K in keyof typeof zh]: string } = {
  title: 'Report pollution',
  intro:
    'If you see air pollution — waste gas discharged in secret, open burning, construction dust, restaurant fumes, substandard fuel — you can report it through the official channels below. This site is not a government site: it does not receive or forward reports, and it does not record whether you report.',
  summary:
    'To report air pollution or file a complaint about it, as a witness or a whistleblower, call 12345, the national government service hotline; the old 12369 environmental hotline was shut in 2024 and folded into 12345.',
  formButton: 'Open the online reporting form',
  formLead: 'Online reporting form',
  no12369:
    'The 12369 environmental complaint phone line was shut in 2024 and folded into 12345, the government service hotline. Do not call 12369; the "12369环保举报" WeChat account and the online complaint platform remain in use.',
  channelsHeading: 'Where to report',
  contactPhone: 'Phone',
  contactWeb: 'Web',
  contactWechat: 'WeChat account',
  hours: 'Hours',
  anonymous: 'Anonymous?',
  anonymousYes: 'Anonymous reports accepted',
  anonymousNo: 'Not anonymous',
  anonymousUnknown: 'Not verified whether anonymous reports are accepted',
  // The space is English typography; Chinese runs on after the full-width colon.
  anonymitySource: 'Source: ',
  entry: 'Start from',
  entryNote:
    'The section’s own address is not verified: open this website first and find the section there.',
  period: 'Open',
  source: 'Source',
  checked: 'Last checked',
  noLocal:
    'The county environment bureau’s own reporting line and address are not listed because no verifiable public source for them was found. They will be added once one is.',
  closedHeading: 'Temporary channels that have closed',
  includeHeading: 'What to put in a report',
  nextHeading: 'What happens next',
  lawHeading: 'Your legal protection',
  safetyHeading: 'Staying safe',
  hostHeading: 'What the server of this site records',
  notesHeading: 'Further notes for this province',
  externalTitle: 'You are leaving this site',
  externalBody:
    'The online reporting form is not run by this site but by the operator below. When you open it, the operator sees your visit (for example your IP address and browser) and may record it. This site does not tell the operator where you came from (no referrer is sent).',
  externalOperator: 'Operator',
  externalContinue: 'Continue to the reporting form',
  externalBack: 'Back to the reporting page',
};

export const reportText = defineText('report', { zh, en });

/** The page's lists (what to include, what happens next, the law, safety), one item per entry. */
export const REPORT_LISTS: Readonly<
  Record<Lang, Readonly<Record<'include' | 'next' | 'law' | 'safety', readonly string[]>>>
> = {
  zh: {
    include: [
      '什么污染：看到、闻到或听到了什么（黑烟、异味、焚烧、扬尘、噪声等）。',
      '在哪里：详细地址、路口或村组，能说出单位名称更好。',
      '什么时候：日期和时间，是一次还是反复出现，持续多久。',
      '证据：照片或视频（拍下时间、烟囱或排口、车牌等），不要为取证进入危险或禁止进入的地方。',
      '涉及的企业或个人名称（如知道）。',
    ],
    next: [
      '受理机构登记后，一般按属地原则转交当地主管部门核查处理。',
      '记下受理编号或回执，可以通过同一渠道查询办理进度；实名举报的，处理部门可能会联系你核实情况。',
      '对处理结果不满意，可以向上一级生态环境部门反映。',
    ],
    law: [
      '《中华人民共和国环境保护法》（2014 年修订）第五十七条：公民、法人和其他组织发现任何单位和个人有污染环境行为的，有权向生态环境主管部门或其他负有环境保护监督管理职责的部门举报；接受举报的机关应当对举报人的相关信息予以保密，保护举报人的合法权益。',
      '县行动方案第十部分第（四）项承诺“保护举报人的合法权益”。',
      '按照国家和省里的举报奖励规定，奖励一般发给查证属实的实名举报人；匿名举报能否获奖、是否受理，各渠道规定不同，本站未逐一核实。',
    ],
    safety: [
      '使用你信任的手机或电脑和网络；公用或单位的电脑、网络可能被他人查看。',
      '微信举报与你的微信账号绑定，不是匿名的。',
      '网络运营方或能看到你上网记录的人，可以知道你访问过本站；但本站不从任何其他网站加载内容，不使用 Cookie，不做访问统计。',
      '照片可能带有拍摄地点等信息；如有顾虑，发送前检查或去掉这些信息。',
      '举报后不要在社交媒体上公开你的身份和举报细节。',
    ],
  },
  en: {
    include: [
      'What: what you saw, smelled or heard (black smoke, odour, burning, dust, noise …).',
      'Where: the exact address, junction or village, and the name of the business if you know it.',
      'When: date and time, whether it happens once or again and again, and for how long.',
      'Evidence: photos or video (showing the time, the chimney or outlet, number plates …). Do not enter dangerous or off-limits places to collect it.',
      'The name of the company or person involved, if you know it.',
    ],
    next: [
      'The channel registers the report and usually forwards it to the competent local authority, which checks and handles it.',
      'Keep the case number or receipt and use the same channel to follow up; if you reported under your name, the authority may contact you to check details.',
      'If you are not satisfied with the result, you can take it to the next higher environment authority.',
    ],
    law: [
      'Environmental Protection Law of the PRC (2014 revision), Article 57: citizens, legal persons and other organisations who find anyone polluting the environment have the right to report it to the environment authority or another authority responsible for environmental supervision; the authority receiving the report must keep the reporter’s information confidential and protect the reporter’s lawful rights.',
      'Part 10 (4) of the county’s action plan commits the county to “protect the lawful rights and interests of whistleblowers”.',
      'Under national and provincial reward rules, rewards generally go to reporters who gave their real name and whose report was confirmed; whether anonymous reports are accepted or rewarded differs by channel and was not verified here for each.',
    ],
    safety: [
      'Use a phone or computer and a network you trust; shared or work devices and networks may be monitored.',
      'A WeChat report is tied to your WeChat account: it is not anonymous.',
      'Your network operator, or anyone who can see your traffic, can tell that you visited this site. The site itself loads nothing from any other website, sets no cookies and runs no analytics.',
      'Photos can carry the place where they were taken; check or remove that information before sending if it worries you.',
      'Do not publish your identity or the details of your report on social media.',
    ],
  },
};
