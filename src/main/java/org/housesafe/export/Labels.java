package org.housesafe.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;

/**
 * Chinese labels for the codes of {@link org.housesafe.building.AttributeSchema} (keyed
 * {@code field.code}, as the web app's {@code code.<field>.<code>}), and for status, judgement
 * and grade, for exports read by people. A test checks that every code of the schema has one.
 */
final class Labels {
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("landTenure.state", "国有土地"),
            Map.entry("landTenure.collective", "集体土地"),
            Map.entry("locationTypes.urban_village", "城中村"),
            Map.entry("locationTypes.urban_rural_fringe", "城乡结合部"),
            Map.entry("locationTypes.school_vicinity", "学校周边"),
            Map.entry("locationTypes.industrial_park", "工业园区"),
            Map.entry("locationTypes.scenic_area", "旅游景区"),
            Map.entry("locationTypes.rural", "农村"),
            Map.entry("locationTypes.other", "其他"),
            Map.entry("constructionPeriod.before_1981", "1980年及以前"),
            Map.entry("constructionPeriod.1981_1990", "1981—1990年"),
            Map.entry("constructionPeriod.1991_2000", "1991—2000年"),
            Map.entry("constructionPeriod.2001_2010", "2001—2010年"),
            Map.entry("constructionPeriod.2011_2015", "2011—2015年"),
            Map.entry("constructionPeriod.since_2016", "2016年及以后"),
            Map.entry("structure.brick_concrete", "砖混结构"),
            Map.entry("structure.rc_frame", "钢筋混凝土框架结构"),
            Map.entry("structure.brick_timber", "砖木结构"),
            Map.entry("structure.earth_timber", "土木结构"),
            Map.entry("structure.steel", "钢结构"),
            Map.entry("structure.other", "其他结构"),
            Map.entry("use.operating", "经营性"),
            Map.entry("use.mixed", "自住兼经营"),
            Map.entry("use.other", "其他（自住等）"),
            Map.entry("businessTypes.catering", "餐饮"),
            Map.entry("businessTypes.lodging", "住宿"),
            Map.entry("businessTypes.retail", "商超"),
            Map.entry("businessTypes.rental", "出租/群租"),
            Map.entry("businessTypes.education", "教育培训"),
            Map.entry("businessTypes.entertainment", "娱乐"),
            Map.entry("businessTypes.medical", "医疗"),
            Map.entry("businessTypes.elderly_childcare", "养老托育"),
            Map.entry("businessTypes.manufacturing", "生产加工"),
            Map.entry("businessTypes.warehousing", "仓储"),
            Map.entry("businessTypes.other", "其他"),
            Map.entry("builderType.self", "自建"),
            Map.entry("builderType.craftsman", "工匠建造"),
            Map.entry("builderType.contractor", "施工单位建造"),
            Map.entry("builderType.other", "其他"),
            Map.entry("alterationTypes.add_floor", "加层"),
            Map.entry("alterationTypes.extension", "扩建"),
            Map.entry("alterationTypes.load_bearing_change", "拆改承重结构"),
            Map.entry("alterationTypes.rooftop_addition", "顶部加建"),
            Map.entry("alterationTypes.mezzanine", "夹层"),
            Map.entry("alterationTypes.basement_excavation", "开挖地下室"),
            Map.entry("alterationTypes.change_of_use", "改变用途"),
            Map.entry("judgement.serious", Judgement.SERIOUS.label()),
            Map.entry("judgement.some", Judgement.SOME.label()),
            Map.entry("judgement.none", Judgement.NONE.label()),
            Map.entry("hazardTypes.foundation_settlement", "地基沉降"),
            Map.entry("hazardTypes.load_bearing_cracks", "承重构件裂缝"),
            Map.entry("hazardTypes.beam_slab_cracks", "梁板裂缝/钢筋锈蚀"),
            Map.entry("hazardTypes.deformation", "变形"),
            Map.entry("hazardTypes.cantilever", "悬挑构件"),
            Map.entry("hazardTypes.alteration", "改扩建"),
            Map.entry("hazardTypes.environment", "周边环境/地灾"),
            Map.entry("hazardTypes.business_fire", "经营/消防"),
            Map.entry("measures.stop_use", "停止使用"),
            Map.entry("measures.stop_business", "停止经营"),
            Map.entry("measures.cordon", "封控警示"),
            Map.entry("measures.evacuate", "人员撤离"),
            Map.entry("measures.repair_reinforce", "维修加固"),
            Map.entry("measures.demolish_rebuild", "拆除重建"),
            Map.entry("measures.demolish_all", "全部拆除"),
            Map.entry("measures.demolish_part", "部分拆除"),
            Map.entry("measures.permits", "补办手续"),
            Map.entry("measures.fine", "罚款"),
            Map.entry("measures.confiscate", "没收"),
            Map.entry("progress.pending", "待整治"),
            Map.entry("progress.in_progress", "整治中"),
            Map.entry("progress.done", "已整治"),
            Map.entry("grade.A", "A级"),
            Map.entry("grade.B", "B级"),
            Map.entry("grade.C", "C级（局部危房）"),
            Map.entry("grade.D", "D级（整幢危房）"),
            Map.entry("recommendation.observe", "观察使用"),
            Map.entry("recommendation.use_with_treatment", "处理使用"),
            Map.entry("recommendation.stop_use", "停止使用"),
            Map.entry("recommendation.demolish", "整体拆除"));

    private Labels() {
    }

    /** The label of {@code code} of field {@code field}; an unknown code shows as itself, {@code null} as empty. */
    static String of(String field, String code) {
        return code == null ? "" : CODES.getOrDefault(field + "." + code, code);
    }

    /** The labels of several codes, joined with 、. */
    static String of(String field, List<String> codes) {
        return codes.stream().map(c -> of(field, c)).collect(Collectors.joining("、"));
    }

    static String of(Judgement judgement) {
        return judgement == null ? "" : judgement.label();
    }

    static String of(Grade grade) {
        return grade == null ? "" : of("grade", grade.code());
    }
}
