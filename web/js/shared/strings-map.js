// Strings of the map page on phones: the compact header, the record sheet, "locate me" and
// 我的任务. Chinese first, English second; merged into i18n.js.

export const MAP_STRINGS = {
  'header.filters': ['筛选', 'Filter'],
  'header.menu': ['菜单', 'Menu'],
  'sheet.expand': ['展开记录', 'Expand the record'],
  'sheet.collapse': ['收起记录', 'Collapse the record'],
  'panel.latest': ['最新记录', 'Latest entry'],

  'locate.button': ['定位', 'Locate'],
  'locate.title': ['定位到我的位置', 'Go to my position'],
  'locate.denied': ['未获得定位权限，请在浏览器设置中允许本网站使用位置', 'Location permission denied; allow this site to use your location in the browser settings'],
  'locate.unavailable': ['暂时无法获取位置，请到开阔处再试', 'Your position is not available now; try again in the open'],
  'locate.timeout': ['定位超时，请稍后再试', 'Locating timed out; try again'],
  'locate.unsupported': ['此浏览器不支持定位', 'This browser cannot locate you'],

  'tasks.button': ['我的任务', 'My tasks'],
  'tasks.title': ['我的任务', 'My tasks'],
  'tasks.group.overdue': ['逾期', 'Overdue'],
  'tasks.group.unsurveyed': ['待排查', 'To survey'],
  'tasks.group.recheck': ['待复查', 'Awaiting recheck'],
  'tasks.group.appraisal': ['待鉴定', 'To appraise'],
  'tasks.group.rectification': ['待整治', 'To rectify'],
  'tasks.group.demolition': ['待拆除', 'To demolish'],
  'tasks.group.acceptance': ['待验收', 'To accept'],
  'tasks.none': ['没有需要处理的房屋', 'Nothing to do'],
  'tasks.more': ['另有 {count} 栋，按期限排在后面', '{count} more, with later deadlines'],
  'tasks.deadline': ['期限 {date}', 'due {date}'],
  'tasks.capped': ['任务过多，只列出前 5000 栋', 'Too many tasks: only the first 5000 buildings are listed'],
};
