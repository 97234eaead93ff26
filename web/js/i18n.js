// Every visible string of the app, Chinese first, English second, one key per line so a missing
// translation shows. No DOM here: lang.js applies the language to the page.

const TABLE = {
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
  'map.zoomHint': ['放大地图以查看房屋', 'Zoom in to see buildings'],
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
  'panel.overdue': ['已逾期', 'Overdue'],
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

  'block.basic': ['基本情况', 'Basic information'],
  'block.construction': ['建设情况', 'Construction'],
  'block.management': ['管理情况', 'Management'],
  'block.survey': ['排查情况', 'Survey'],
  'block.rectification': ['整治情况', 'Rectification'],
  'block.appraisal': ['鉴定情况', 'Appraisal'],

  'field.basic.houseCode': ['房屋编码', 'House code'],
  'field.basic.address': ['房屋地址', 'Address'],
  'field.basic.ownerName': ['产权人', 'Owner'],
  'field.basic.ownerPhone': ['联系电话', 'Owner phone'],
  'field.basic.ownerIdNumber': ['身份证号', 'Owner ID number'],
  'field.basic.landTenure': ['土地性质', 'Land tenure'],
  'field.basic.locationTypes': ['所处区域', 'Location type'],
  'field.basic.floorsAbove': ['地上层数', 'Floors above ground'],
  'field.basic.floorsBelow': ['地下层数', 'Floors below ground'],
  'field.basic.height': ['房屋高度', 'Height'],
  'field.basic.constructionPeriod': ['建成年代', 'Construction period'],
  'field.basic.floorArea': ['建筑面积', 'Floor area'],
  'field.basic.structure': ['结构类型', 'Structure'],
  'field.basic.use': ['房屋用途', 'Use'],
  'field.basic.businessTypes': ['经营业态', 'Business types'],
  'field.basic.crowded': ['人员密集场所', 'Crowded place'],
  'field.basic.vacant': ['是否空置', 'Vacant'],
  'field.construction.professionallyDesigned': ['是否经专业设计', 'Professionally designed'],
  'field.construction.builderType': ['建设主体', 'Builder'],
  'field.construction.altered': ['是否改扩建', 'Altered or extended'],
  'field.construction.alterationTypes': ['改扩建情况', 'Alterations'],
  'field.management.illegalConstruction': ['违法建设', 'Illegal construction'],
  'field.management.illegalApproval': ['违规审批', 'Irregular approval'],
  'field.management.noPermits': ['未取得相关手续', 'No permits'],
  'field.survey.judgement': ['隐患初判', 'Preliminary judgement'],
  'field.survey.hazardTypes': ['隐患类型', 'Hazard types'],
  'field.survey.suggestAppraisal': ['建议鉴定', 'Appraisal suggested'],
  'field.survey.surveyDate': ['排查日期', 'Survey date'],
  'field.survey.inspector': ['排查人', 'Inspector'],
  'field.rectification.measures': ['整治措施', 'Measures'],
  'field.rectification.responsible': ['责任人', 'Responsible person'],
  'field.rectification.deadline': ['整治期限', 'Deadline'],
  'field.rectification.completedDate': ['完成日期', 'Completed on'],
  'field.rectification.acceptedDate': ['验收日期', 'Accepted on'],
  'field.rectification.progress': ['整治状态', 'Progress'],
  'field.appraisal.grade': ['鉴定等级', 'Grade'],
  'field.appraisal.agency': ['鉴定机构', 'Agency'],
  'field.appraisal.reportNo': ['报告编号', 'Report number'],
  'field.appraisal.date': ['鉴定日期', 'Appraisal date'],
  'field.appraisal.recommendation': ['处理建议', 'Recommendation'],

  'code.landTenure.state': ['国有土地', 'State-owned land'],
  'code.landTenure.collective': ['集体土地', 'Collective land'],
  'code.locationTypes.urban_village': ['城中村', 'Urban village'],
  'code.locationTypes.urban_rural_fringe': ['城乡结合部', 'Urban-rural fringe'],
  'code.locationTypes.school_vicinity': ['学校周边', 'Near a school'],
  'code.locationTypes.industrial_park': ['工业园区', 'Industrial park'],
  'code.locationTypes.scenic_area': ['旅游景区', 'Scenic area'],
  'code.locationTypes.rural': ['农村', 'Rural'],
  'code.locationTypes.other': ['其他', 'Other'],
  'code.constructionPeriod.before_1981': ['1980年及以前', '1980 or earlier'],
  'code.constructionPeriod.1981_1990': ['1981—1990年', '1981–1990'],
  'code.constructionPeriod.1991_2000': ['1991—2000年', '1991–2000'],
  'code.constructionPeriod.2001_2010': ['2001—2010年', '2001–2010'],
  'code.constructionPeriod.2011_2015': ['2011—2015年', '2011–2015'],
  'code.constructionPeriod.since_2016': ['2016年及以后', '2016 or later'],
  'code.structure.brick_concrete': ['砖混结构', 'Brick-concrete'],
  'code.structure.rc_frame': ['钢筋混凝土框架结构', 'RC frame'],
  'code.structure.brick_timber': ['砖木结构', 'Brick-timber'],
  'code.structure.earth_timber': ['土木结构', 'Earth-timber'],
  'code.structure.steel': ['钢结构', 'Steel'],
  'code.structure.other': ['其他结构', 'Other'],
  'code.use.operating': ['经营性', 'Operating (business)'],
  'code.use.mixed': ['自住兼经营', 'Residential and business'],
  'code.use.other': ['其他（自住等）', 'Other (residential)'],
  'code.businessTypes.catering': ['餐饮', 'Catering'],
  'code.businessTypes.lodging': ['住宿', 'Lodging'],
  'code.businessTypes.retail': ['商超', 'Retail'],
  'code.businessTypes.rental': ['出租/群租', 'Rental / shared rental'],
  'code.businessTypes.education': ['教育培训', 'Education and training'],
  'code.businessTypes.entertainment': ['娱乐', 'Entertainment'],
  'code.businessTypes.medical': ['医疗', 'Medical'],
  'code.businessTypes.elderly_childcare': ['养老托育', 'Elderly and child care'],
  'code.businessTypes.manufacturing': ['生产加工', 'Manufacturing'],
  'code.businessTypes.warehousing': ['仓储', 'Warehousing'],
  'code.businessTypes.other': ['其他', 'Other'],
  'code.builderType.self': ['自建', 'Owner-built'],
  'code.builderType.craftsman': ['工匠建造', 'Built by craftsmen'],
  'code.builderType.contractor': ['施工单位建造', 'Built by a contractor'],
  'code.builderType.other': ['其他', 'Other'],
  'code.alterationTypes.add_floor': ['加层', 'Added floors'],
  'code.alterationTypes.extension': ['扩建', 'Extension'],
  'code.alterationTypes.load_bearing_change': ['拆改承重结构', 'Load-bearing structure changed'],
  'code.alterationTypes.rooftop_addition': ['顶部加建', 'Rooftop addition'],
  'code.alterationTypes.mezzanine': ['夹层', 'Mezzanine'],
  'code.alterationTypes.basement_excavation': ['开挖地下室', 'Basement dug out'],
  'code.alterationTypes.change_of_use': ['改变用途', 'Change of use'],
  'code.hazardTypes.foundation_settlement': ['地基沉降', 'Foundation settlement'],
  'code.hazardTypes.load_bearing_cracks': ['承重构件裂缝', 'Cracks in load-bearing members'],
  'code.hazardTypes.beam_slab_cracks': ['梁板裂缝/钢筋锈蚀', 'Beam/slab cracks, corroded rebar'],
  'code.hazardTypes.deformation': ['变形', 'Deformation'],
  'code.hazardTypes.cantilever': ['悬挑构件', 'Cantilevered members'],
  'code.hazardTypes.alteration': ['改扩建', 'Alteration'],
  'code.hazardTypes.environment': ['周边环境/地灾', 'Surroundings / geohazard'],
  'code.hazardTypes.business_fire': ['经营/消防', 'Business / fire safety'],
  'code.measures.stop_use': ['停止使用', 'Stop use'],
  'code.measures.stop_business': ['停止经营', 'Stop business'],
  'code.measures.cordon': ['封控警示', 'Cordon and warning'],
  'code.measures.evacuate': ['人员撤离', 'Evacuate'],
  'code.measures.repair_reinforce': ['维修加固', 'Repair and reinforce'],
  'code.measures.demolish_rebuild': ['拆除重建', 'Demolish and rebuild'],
  'code.measures.demolish_all': ['全部拆除', 'Demolish entirely'],
  'code.measures.demolish_part': ['部分拆除', 'Demolish in part'],
  'code.measures.permits': ['补办手续', 'Obtain permits'],
  'code.measures.fine': ['罚款', 'Fine'],
  'code.measures.confiscate': ['没收', 'Confiscate'],
  'code.progress.pending': ['待整治', 'Pending'],
  'code.progress.in_progress': ['整治中', 'In progress'],
  'code.progress.done': ['已整治', 'Done'],
  'code.recommendation.observe': ['观察使用', 'Use under observation'],
  'code.recommendation.use_with_treatment': ['处理使用', 'Use after treatment'],
  'code.recommendation.stop_use': ['停止使用', 'Stop use'],
  'code.recommendation.demolish': ['整体拆除', 'Demolish entirely'],

  'status.unsurveyed': ['待排查', 'Not surveyed'],
  'status.surveyed': ['已排查', 'Surveyed'],
  'status.archived_safe': ['无隐患归档', 'Archived, no hazard'],
  'status.awaiting_appraisal': ['待鉴定', 'Awaiting appraisal'],
  'status.awaiting_rectification': ['待整治', 'Awaiting rectification'],
  'status.rectifying': ['整治中', 'Rectifying'],
  'status.rectified': ['已整治(待验收)', 'Rectified (awaiting acceptance)'],
  'status.demolition_ordered': ['待拆除', 'Demolition ordered'],
  'status.demolished': ['已拆除', 'Demolished'],
  'status.closed': ['已销号', 'Closed out'],

  'judgement.serious': ['存在严重安全隐患', 'Serious hazard'],
  'judgement.some': ['存在一定安全隐患', 'Some hazard'],
  'judgement.none': ['未发现安全隐患', 'No hazard found'],

  'grade.A': ['A级', 'Grade A'],
  'grade.B': ['B级', 'Grade B'],
  'grade.C': ['C级（局部危房）', 'Grade C (partly dangerous)'],
  'grade.D': ['D级（整幢危房）', 'Grade D (dangerous building)'],

  'event.created': ['建档', 'Record created'],
  'event.survey': ['排查', 'Survey'],
  'event.recheck': ['复查', 'Recheck'],
  'event.appraisal': ['鉴定', 'Appraisal'],
  'event.control_measure': ['管控措施', 'Control measures'],
  'event.rectification_order': ['下达整治', 'Rectification ordered'],
  'event.rectification_start': ['开始整治', 'Rectification started'],
  'event.rectification_done': ['整治完成', 'Rectification done'],
  'event.acceptance': ['验收', 'Acceptance'],
  'event.demolition_order': ['下达拆除', 'Demolition ordered'],
  'event.demolition': ['拆除', 'Demolition'],
  'event.close_out': ['销号', 'Closed out'],

  'recheck.kind.document': ['资料复查', 'Document recheck'],
  'recheck.kind.onsite': ['入户抽查', 'On-site spot check'],
  'recheck.result.no_hazard': ['无隐患', 'No hazard'],
  'recheck.result.hazard': ['有隐患', 'Hazard confirmed'],
  'recheck.result.returned': ['退回重新排查', 'Returned for re-survey'],

  'role.inspector': ['排查员', 'Inspector'],
  'role.street_office': ['街道', 'Street office'],
  'role.district': ['区住建局', 'District housing bureau'],
  'role.appraiser': ['鉴定机构', 'Appraiser'],
  'role.planner': ['规划/查看', 'Planner / viewer'],
  'role.admin': ['管理员', 'Administrator'],

  'payload.kind': ['复查方式', 'Recheck kind'],
  'payload.result': ['复查结果', 'Recheck result'],
  'payload.grade': ['鉴定等级', 'Grade'],
  'payload.agency': ['鉴定机构', 'Agency'],
  'payload.reportNo': ['报告编号', 'Report number'],
  'payload.measures': ['措施', 'Measures'],
  'payload.area': ['拆除面积', 'Demolished area'],
  'payload.batch': ['拆除批次', 'Demolition batch'],
  'payload.deadline': ['期限', 'Deadline'],
  'payload.judgement': ['隐患初判', 'Preliminary judgement'],
  'payload.hazardTypes': ['隐患类型', 'Hazard types'],
  'payload.recommendation': ['处理建议', 'Recommendation'],
  'payload.note': ['备注', 'Note'],

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
  'problem.internal': ['服务器出错，请稍后再试', 'Server error; try again later'],
  'error.config': ['未取得地图配置，使用默认设置', 'Map configuration unavailable; using defaults'],
  'error.dismiss': ['关闭提示', 'Dismiss'],
};

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
