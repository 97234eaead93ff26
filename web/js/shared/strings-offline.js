// Strings of the offline mode: the banner (i18n.js merges them).
// Chinese first, English second.

export const OFFLINE_STRINGS = {
  'offline.banner': ['离线', 'Offline'],
  'offline.dataTime': ['数据截至 {time}', 'Data as of {time}'],
  'offline.noData': ['本机没有离线数据', 'No offline data on this device'],
};
