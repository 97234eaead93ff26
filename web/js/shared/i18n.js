// Every visible string of the app, Chinese first, English second, one key per line so a missing
// translation shows. No DOM here: lang.js applies the language to the page. The building
// record's vocabulary and the account pages' strings live in strings-*.js and are merged here.

import { RECORD_STRINGS } from './strings-record.js';
import { ACCOUNT_STRINGS } from './strings-account.js';
import { LIFECYCLE_STRINGS } from './strings-lifecycle.js';
import { LEDGER_STRINGS } from './strings-ledger.js';
import { STATS_STRINGS } from './strings-stats.js';
import { EVIDENCE_STRINGS } from './strings-evidence.js';
import { MAP_STRINGS } from './strings-map.js';
import { OUTBOX_STRINGS } from './strings-outbox.js';
import { OFFLINE_STRINGS } from './strings-offline.js';

const CORE_STRINGS = {
  'app.title': ['房屋安全排查整治一张图', 'HouseSafe — housing safety map'],
  'app.short': ['房屋安全一张图', 'HouseSafe'],
  'lang.toggle': ['English', '中文'],
  'lang.toggle.title': ['切换到英文', 'Switch to Chinese'],

  'search.label': ['按房屋编码或地址搜索', 'Search by house code or address'],
  'search.placeholder': ['房屋编码或地址', 'House code or address'],
  'search.submit': ['搜索', 'Search'],
  'search.searching': ['正在搜索…', 'Searching…'],
  'search.none': ['没有找到匹配的房屋', 'No matching buildings'],
  'search.count': ['找到 {total} 栋，显示前 {shown} 栋', '{total} found, showing the first {shown}'],
  'search.close': ['关闭搜索结果', 'Close results'],

  'filter.street': ['街道', 'Street'],
  'filter.street.all': ['全部街道', 'All'],
  'filter.status': ['状态', 'Status'],
  'filter.status.all': ['全部状态', 'All'],
  'basemap.label': ['底图', 'Basemap'],
  'basemap.osm': ['OpenStreetMap', 'OpenStreetMap'],
  'basemap.tianditu': ['天地图', 'Tianditu'],
  'basemap.none': ['无底图', 'No basemap'],
  'basemap.failed': ['底图加载失败，仅显示本系统图层', 'Basemap tiles failed to load; showing our own layers only'],
  'attribution.osm': ['© OpenStreetMap 贡献者', '© OpenStreetMap contributors'],
  'attribution.tianditu': ['© 天地图', '© Tianditu'],

  'map.zoomIn': ['放大', 'Zoom in'],
  'map.zoomOut': ['缩小', 'Zoom out'],
  'map.zoomHint': ['放大地图以点选房屋', 'Zoom in to select a building'],
  'map.loading': ['正在加载房屋…', 'Loading buildings…'],
  'map.capped': ['仅显示 {shown} / {total} 栋房屋，请放大地图查看全部', 'Showing {shown} of {total} buildings; zoom in to see all'],
  'map.empty': ['当前范围内没有符合条件的房屋', 'No matching buildings in this view'],

  'legend.title': ['图例', 'Legend'],
  'legend.red': ['严重隐患 / D级', 'Serious hazard / grade D'],
  'legend.orange': ['一定隐患 / C级', 'Some hazard / grade C'],
  'legend.yellow': ['B级', 'Grade B'],
  'legend.safe': ['未发现隐患 / A级', 'No hazard / grade A'],
  'legend.unsurveyed': ['待排查 / 未初判', 'Not surveyed / not judged'],
  'legend.closed': ['已销号', 'Closed out'],
  'legend.demolished': ['已拆除', 'Demolished'],
  'legend.overdue': ['逾期（红色边框）', 'Overdue (red border)'],
  'overdue.definition': ['逾期：房屋当前的期限已过而事项未完成——严重隐患的管控措施（发现后24小时内）、鉴定（复查发现隐患后30天内）、整治（鉴定后D级30天、C级90天、B级180天）或整治、拆除通知规定的期限（以上为默认期限）。地图、台账、统计和报告中的“逾期”都按此计算。',
    'Overdue: the building\'s current deadline has passed unmet — control measures (24 h after a serious finding), appraisal (30 days after a recheck found a hazard), rectification (30, 90 or 180 days after the appraisal for grade D, C or B) or the date of a rectification or demolition order (default deadlines). The map, ledger, statistics and report all count it this way.'],

  'panel.close': ['关闭', 'Close'],
  'panel.loading': ['正在加载…', 'Loading…'],
  'panel.summary': ['概况', 'Summary'],
  'panel.history': ['处置记录', 'History'],
  'panel.noEvents': ['暂无记录', 'No events yet'],
  'panel.address': ['地址', 'Address'],
  'panel.street': ['街道', 'Street'],
  'panel.community': ['社区/村', 'Community / village'],
  'panel.status': ['状态', 'Status'],
  'panel.judgement': ['隐患初判', 'Preliminary judgement'],
  'panel.grade': ['鉴定等级', 'Appraisal grade'],
  'panel.deadline': ['期限', 'Deadline'],
  'panel.overdue': ['逾期', 'Overdue'],
  'panel.footprintArea': ['占地面积（按轮廓计算）', 'Footprint area (computed)'],
  'panel.floorArea': ['建筑面积', 'Floor area'],
  'panel.batch': ['拆除批次', 'Demolition batch'],
  'panel.surveyedAt': ['排查时间', 'Surveyed at'],
  'panel.createdAt': ['建档时间', 'Created at'],
  'panel.updatedAt': ['更新时间', 'Updated at'],
  'panel.notJudged': ['未初判', 'Not judged'],
  'panel.notAppraised': ['未鉴定', 'Not appraised'],
  'panel.emptyBlock': ['未填写', 'Not filled in'],

  'value.yes': ['是', 'Yes'],
  'value.no': ['否', 'No'],
  'value.empty': ['—', '—'],
  'value.listSeparator': ['、', ', '],
  'unit.m2': ['平方米', 'm²'],
  'unit.m': ['米', 'm'],

  'event.by': ['{actor}（{role}）', '{actor} ({role})'],
  'event.reason': ['原因：', 'Reason: '],
  // the reason the server records with the control measures of a serious survey (Projection.SERIOUS_FINDING)
  'event.reason.serious finding': ['排查发现严重隐患，当即管控', 'Serious hazard found: controlled at once'],

  'role.inspector': ['排查员', 'Inspector'],
  'role.street_office': ['街道', 'Street office'],
  'role.district': ['区住建局', 'District housing bureau'],
  'role.appraiser': ['鉴定机构', 'Appraiser'],
  'role.planner': ['规划/查看', 'Planner / viewer'],
  'role.admin': ['管理员', 'Administrator'],

  'error.network': ['无法连接服务器，请检查网络后重试', 'Cannot reach the server; check the network and try again'],
  'error.invalidResponse': ['服务器返回了无法识别的数据', 'The server sent a response the app cannot read'],
  'error.status.400': ['请求参数有误', 'The request was not valid'],
  'error.status.401': ['请先登录', 'Please sign in'],
  'error.status.403': ['没有权限查看或修改此内容', 'You are not allowed to see or change this'],
  'error.status.404': ['未找到请求的内容', 'Not found'],
  'error.status.409': ['当前状态下不允许此操作', 'Not allowed in the current state'],
  'error.status.412': ['数据已被他人修改，请刷新后重试', 'Someone else changed this; reload and try again'],
  'error.status.413': ['提交的内容过大', 'What was sent is too large'],
  'error.status.422': ['提交的数据未通过校验', 'The data did not pass validation'],
  'error.status.428': ['缺少版本信息，请刷新后重试', 'Version missing; reload and try again'],
  'error.status.429': ['请求过于频繁，请稍后再试', 'Too many requests; try again later'],
  'error.status.429.retry': ['请求过于频繁，请在 {seconds} 秒后重试', 'Too many requests; try again in {seconds} s'],
  'error.status.5xx': ['服务器出错，请稍后再试', 'Server error; try again later'],
  'error.status.other': ['请求失败（{status}）', 'Request failed ({status})'],
  // Problem types of the API ("/problems/<slug>"), more precise than the status alone.
  'problem.bad-parameter': ['查询参数有误', 'A query parameter is not valid'],
  'problem.bad-request': ['请求有误', 'The request was not valid'],
  'problem.not-found': ['未找到请求的内容', 'Not found'],
  'problem.conflict': ['当前状态下不允许此操作', 'Not allowed in the current state'],
  'problem.invalid-feature': ['提交的房屋数据格式有误', 'The building data is not a valid feature'],
  'problem.invalid-geometry': ['房屋轮廓无效', 'The footprint geometry is not valid'],
  'problem.invalid-attributes': ['房屋属性未通过校验', 'The building attributes did not pass validation'],
  'problem.invalid-import': ['导入的房屋数据有误', 'The imported building data is not valid'],
  'problem.outside-service-area': ['房屋轮廓不在任何街道范围内', 'The footprint lies outside every street'],
  'problem.body-too-large': ['提交的内容过大', 'What was sent is too large'],
  'problem.json-limit': ['提交的数据层级过深或过长', 'The JSON sent is too deep or too long'],
  'problem.malformed-json': ['提交的数据不是有效的 JSON', 'What was sent is not valid JSON'],
  'problem.unsupported-media-type': ['不支持的数据格式', 'Unsupported data format'],
  'problem.method-not-allowed': ['不支持此操作', 'This operation is not supported'],
  'problem.login-failed': ['用户名或密码错误', 'Wrong username or password'],
  'problem.too-many-attempts': ['尝试次数过多，请稍后重试', 'Too many attempts; try again later'],
  'problem.too-many-attempts.retry': ['尝试次数过多，请在 {seconds} 秒后重试', 'Too many attempts. Try again in {seconds} s'],
  'problem.unauthenticated': ['尚未登录或登录已过期，请重新登录', 'You are not signed in, or your session expired; please sign in'],
  'problem.forbidden': ['没有权限执行此操作', 'You are not allowed to do this'],
  'problem.weak-password': ['密码不符合要求：至少 10 个字符，且不能是常见密码', 'Password not accepted: at least 10 characters, and not a common password'],
  'problem.no-admin': ['系统尚无管理员：请由运维人员在服务器上用命令行创建第一个管理员账户后再登录', 'No administrator exists yet: an operator must create the first admin account on the server (command line) before anyone can sign in'],
  'problem.csrf': ['请求来源校验未通过，请刷新页面后重试', 'The request failed the origin check; reload the page and try again'],
  'problem.invalid-user': ['用户数据有误', 'The user data is not valid'],
  'problem.invalid-token': ['令牌数据有误', 'The token data is not valid'],
  'problem.invalid-request': ['提交的数据有误', 'The data sent is not valid'],
  'problem.illegal-transition': ['当前状态下不允许此操作', 'Not allowed in the current state'],
  'problem.precondition-failed': ['此房屋已被他人修改', 'Someone else changed this building'],
  'problem.invalid-event': ['填写的内容未通过校验', 'What you entered did not pass validation'],
  'problem.too-many-pending-photos': ['未使用的照片过多，请先提交已上传照片的记录', 'Too many photos not yet used; submit a record with them first'],
  'problem.outside-scope': ['该位置不在您负责的街道范围内', 'That place is outside your streets'],
  'problem.photo-too-large': ['照片过大（最大 10 MB）', 'The photo is too large (10 MB at most)'],
  'problem.image-too-large': ['照片像素过多（最多 4000 万像素）', 'The photo has too many pixels (40 MP at most)'],
  'problem.invalid-image': ['无法识别的图片，请上传 JPEG 或 PNG 照片', 'Not a readable image; send a JPEG or PNG photo'],
  'problem.internal': ['服务器出错，请稍后再试', 'Server error; try again later'],
  'error.config': ['未取得地图配置，使用默认设置', 'Map configuration unavailable; using defaults'],
  'error.dismiss': ['关闭提示', 'Dismiss'],
};

/** Sources that define the same key twice (a test keeps this empty). */
export const DUPLICATE_KEYS = [RECORD_STRINGS, ACCOUNT_STRINGS, LIFECYCLE_STRINGS, LEDGER_STRINGS, STATS_STRINGS,
  EVIDENCE_STRINGS, MAP_STRINGS, OUTBOX_STRINGS, OFFLINE_STRINGS]
  .flatMap((part) => Object.keys(part))
  .filter((k, i, all) => Object.hasOwn(CORE_STRINGS, k) || all.indexOf(k) !== i);

const TABLE = { ...CORE_STRINGS, ...RECORD_STRINGS, ...ACCOUNT_STRINGS, ...LIFECYCLE_STRINGS, ...LEDGER_STRINGS,
  ...STATS_STRINGS, ...EVIDENCE_STRINGS, ...MAP_STRINGS, ...OUTBOX_STRINGS, ...OFFLINE_STRINGS };

export const LANGUAGES = ['zh-CN', 'en'];
export const DEFAULT_LANGUAGE = 'zh-CN';

let current = DEFAULT_LANGUAGE;
const listeners = new Set();

export function language() {
  return current;
}

/** Switches language and tells every listener; unknown codes fall back to Chinese. */
export function setLanguage(lang) {
  const next = LANGUAGES.includes(lang) ? lang : DEFAULT_LANGUAGE;
  if (next === current) return;
  current = next;
  listeners.forEach((fn) => fn(current));
}

/** Calls fn(lang) after every language change; returns a function that unsubscribes. */
export function onLanguageChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function has(key) {
  return Object.hasOwn(TABLE, key);
}

/** Every key of the table (for tests). */
export function keys() {
  return Object.keys(TABLE);
}

/**
 * The text for key in the current language with {name} placeholders filled from params.
 * A key the table lacks comes back as params.fallback if given, else as the key itself, so a
 * gap is visible rather than blank.
 */
export function t(key, params = {}) {
  const entry = TABLE[key];
  if (!entry) return params.fallback ?? key;
  const text = entry[current === 'en' ? 1 : 0];
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** Label for a value of a coded field; judgement and grade share the enum labels. */
export function codeLabel(field, code) {
  const key = field === 'judgement' || field === 'grade' ? `${field}.${code}` : `code.${field}.${code}`;
  return t(key, { fallback: String(code) });
}

export function statusLabel(code) {
  return t(`status.${code}`, { fallback: String(code) });
}

export function eventLabel(type) {
  return t(`event.${type}`, { fallback: String(type) });
}

export function roleLabel(role) {
  return t(`role.${role}`, { fallback: String(role) });
}
