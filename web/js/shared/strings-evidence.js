// Strings of photo evidence (thumbnails, the photo viewer, the flags the server sets), the
// ledger's flagged-photos column and filter, and the house code the create form proposes
// (i18n.js merges them). Chinese first, English second.

export const EVIDENCE_STRINGS = {
  'photo.strip': ['现场照片', 'Photos'],
  'photo.none': ['暂无照片', 'No photos yet'],
  'photo.open': ['查看照片 {n}', 'View photo {n}'],
  'photo.viewer': ['照片', 'Photo'],
  'photo.close': ['关闭照片', 'Close photo'],
  'photo.prev': ['上一张', 'Previous'],
  'photo.next': ['下一张', 'Next'],
  'photo.position': ['拍摄位置', 'Taken at (place)'],
  'photo.takenAt': ['拍摄时间', 'Taken at (time)'],
  'photo.distance': ['距房屋轮廓', 'From the footprint'],
  'photo.takenUnknown': ['拍摄时间未知', 'Time unknown'],
  'photo.index': ['第 {n} / {total} 张', '{n} of {total}'],
  'photo.flagged': ['存疑', 'Flagged'],
  'photo.flagNote': ['照片存疑：请街道复核（不影响记录生效）', 'Flagged for the street office to review (the record stands)'],
  'photo.meters': ['{meters} 米', '{meters} m'],
  'photo.km': ['{km} 公里', '{km} km'],
  'photo.north': ['北纬 {value}°', '{value}° N'],
  'photo.south': ['南纬 {value}°', '{value}° S'],
  'photo.east': ['东经 {value}°', '{value}° E'],
  'photo.west': ['西经 {value}°', '{value}° W'],
  'photo.flag.far-from-footprint': ['距房屋过远', 'Far from the building'],
  'photo.flag.farBy': ['距房屋过远（{distance}）', 'Far from the building ({distance})'],
  'photo.flag.taken-before-order': ['早于指令拍摄', 'Taken before the order'],
  'photo.flag.no-position': ['无位置信息', 'No position'],

  'ledger.col.flaggedPhotos': ['照片存疑', 'Flagged photos'],
  'filterForm.photoFlags': ['仅看照片存疑', 'Flagged photos only'],

  'create.codeProposed': ['建议编码 {code}：{community}的下一个空号，可修改', 'Proposed {code}: the next free code of {community}; you may change it'],
  'create.codeLoading': ['正在查询建议编码…', 'Looking up the next free code…'],
  'create.codeOutside': ['轮廓不在任何社区/村内，请手动填写编码', 'The outline lies in no community; enter a code yourself'],
  'create.codeOutOfScope': ['轮廓不在您负责的街道内', 'The outline lies outside your streets'],
  'create.codeUnavailable': ['暂时无法建议编码，请手动填写', 'No code could be proposed; enter one yourself'],
};
