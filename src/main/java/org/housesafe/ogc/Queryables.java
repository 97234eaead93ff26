package org.housesafe.ogc;

import java.util.List;
import java.util.Optional;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Status;

/**
 * The properties of the {@code buildings} collection that a client may filter on (OGC API
 * Features Part 3 queryables): each named as in the features' properties, with the column of the
 * building table {@code b} it reads and its type. The only place a queryable's name meets SQL:
 * filters look a name up here and use the constant column, never the request's text.
 */
public final class Queryables {

    public enum Type { STRING, INTEGER, NUMBER, BOOLEAN, DATE, TIMESTAMP, GEOMETRY }

    /**
     * @param values the allowed codes of an enumerated property, empty when free
     */
    public record Queryable(String name, String column, Type type, String title, List<String> values) {
    }

    public static final List<Queryable> BUILDINGS = List.of(
            q("houseCode", "b.house_code", Type.STRING, "房屋编号 house code"),
            q("address", "b.address", Type.STRING, "地址 address"),
            q("streetCode", "b.street_code", Type.STRING, "街道代码 street code"),
            q("communityCode", "b.community_code", Type.STRING, "社区代码 community code"),
            // Not withdrawn: a withdrawn building is a deleted feature here (Part 4), never served.
            new Queryable("status", "b.status", Type.STRING, "状态 lifecycle status", Coded.codes(Status.class).stream()
                    .filter(code -> !code.equals(Status.WITHDRAWN.code())).toList()),
            new Queryable("judgement", "b.judgement", Type.STRING, "排查结论 survey judgement", Coded.codes(Judgement.class)),
            new Queryable("grade", "b.grade", Type.STRING, "鉴定等级 appraisal grade", Coded.codes(Grade.class)),
            q("use", "b.use_type", Type.STRING, "用途 use"),
            q("structure", "b.structure", Type.STRING, "结构 structure"),
            q("constructionPeriod", "b.construction_period", Type.STRING, "建成年代 construction period"),
            q("floorsAbove", "b.floors_above", Type.INTEGER, "地上层数 floors above ground"),
            q("floorArea", "b.floor_area", Type.NUMBER, "建筑面积 floor area, m²"),
            q("footprintArea", "b.footprint_area", Type.NUMBER, "占地面积 footprint area, m²"),
            q("vacant", "b.vacant", Type.BOOLEAN, "是否空置 vacant"),
            q("deadline", "b.deadline", Type.DATE, "整改期限 deadline"),
            q("batch", "b.batch", Type.STRING, "批次 batch"),
            q("surveyedAt", "b.surveyed_at", Type.TIMESTAMP, "排查时间 surveyed at"),
            q("updatedAt", "b.updated_at", Type.TIMESTAMP, "最后事件时间 time of the last event"),
            q("geometry", "b.footprint", Type.GEOMETRY, "房屋轮廓 footprint"));

    private Queryables() {
    }

    private static Queryable q(String name, String column, Type type, String title) {
        return new Queryable(name, column, type, title, List.of());
    }

    /** The buildings' queryable of that name (case-sensitive, as CQL2 property names are). */
    public static Optional<Queryable> building(String name) {
        return BUILDINGS.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
