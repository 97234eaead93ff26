package org.housesafe.building;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The five blocks of a building record (DOMAIN.md "The building record") as a table: block →
 * field → type and, for coded fields, the allowed codes. {@link AttributeValidator} checks
 * input against it; the web app's i18n table labels the same codes.
 */
public final class AttributeSchema {

    /** How a field's value is written in JSON. */
    public enum Kind { TEXT, INTEGER, NUMBER, BOOLEAN, DATE, CODE, CODES }

    /** One field: for CODE and CODES, {@code codes} lists the allowed values. */
    public record Field(String block, String name, Kind kind, List<String> codes, int maxLength) {
        static Field text(String block, String name, int maxLength) {
            return new Field(block, name, Kind.TEXT, List.of(), maxLength);
        }

        static Field of(String block, String name, Kind kind) {
            return new Field(block, name, kind, List.of(), 0);
        }

        static Field code(String block, String name, String... codes) {
            return new Field(block, name, Kind.CODE, List.of(codes), 0);
        }

        static Field codes(String block, String name, String... codes) {
            return new Field(block, name, Kind.CODES, List.of(codes), 0);
        }

        public String path() {
            return block + "." + name;
        }
    }

    public static final String BASIC = "basic";
    public static final String CONSTRUCTION = "construction";
    public static final String MANAGEMENT = "management";
    public static final String SURVEY = "survey";
    public static final String RECTIFICATION = "rectification";
    public static final String APPRAISAL = "appraisal";

    /** Blocks in the order the record shows them. */
    public static final List<String> BLOCKS =
            List.of(BASIC, CONSTRUCTION, MANAGEMENT, SURVEY, RECTIFICATION, APPRAISAL);

    public static final List<String> USES = List.of("operating", "mixed", "other");
    public static final List<String> STRUCTURES =
            List.of("brick_concrete", "rc_frame", "brick_timber", "earth_timber", "steel", "other");
    public static final List<String> CONSTRUCTION_PERIODS = List.of(
            "before_1981", "1981_1990", "1991_2000", "2001_2010", "2011_2015", "since_2016");

    private static final List<Field> FIELDS = List.of(
            Field.text(BASIC, "houseCode", 40),
            Field.text(BASIC, "address", 200),
            Field.text(BASIC, "ownerName", 50),
            Field.text(BASIC, "ownerPhone", 20),
            Field.text(BASIC, "ownerIdNumber", 18),
            Field.code(BASIC, "landTenure", "state", "collective"),
            Field.codes(BASIC, "locationTypes", "urban_village", "urban_rural_fringe", "school_vicinity",
                    "industrial_park", "scenic_area", "rural", "other"),
            Field.of(BASIC, "floorsAbove", Kind.INTEGER),
            Field.of(BASIC, "floorsBelow", Kind.INTEGER),
            Field.of(BASIC, "height", Kind.NUMBER),
            Field.code(BASIC, "constructionPeriod", CONSTRUCTION_PERIODS.toArray(String[]::new)),
            Field.of(BASIC, "floorArea", Kind.NUMBER),
            Field.code(BASIC, "structure", STRUCTURES.toArray(String[]::new)),
            Field.code(BASIC, "use", USES.toArray(String[]::new)),
            Field.codes(BASIC, "businessTypes", "catering", "lodging", "retail", "rental", "education",
                    "entertainment", "medical", "elderly_childcare", "manufacturing", "warehousing", "other"),
            Field.of(BASIC, "crowded", Kind.BOOLEAN),
            Field.of(BASIC, "vacant", Kind.BOOLEAN),

            Field.of(CONSTRUCTION, "professionallyDesigned", Kind.BOOLEAN),
            Field.code(CONSTRUCTION, "builderType", "self", "craftsman", "contractor", "other"),
            Field.of(CONSTRUCTION, "altered", Kind.BOOLEAN),
            Field.codes(CONSTRUCTION, "alterationTypes", "add_floor", "extension", "load_bearing_change",
                    "rooftop_addition", "mezzanine", "basement_excavation", "change_of_use"),

            Field.of(MANAGEMENT, "illegalConstruction", Kind.BOOLEAN),
            Field.of(MANAGEMENT, "illegalApproval", Kind.BOOLEAN),
            Field.of(MANAGEMENT, "noPermits", Kind.BOOLEAN),

            Field.code(SURVEY, "judgement", "serious", "some", "none"),
            Field.codes(SURVEY, "hazardTypes", "foundation_settlement", "load_bearing_cracks",
                    "beam_slab_cracks", "deformation", "cantilever", "alteration", "environment",
                    "business_fire"),
            Field.of(SURVEY, "suggestAppraisal", Kind.BOOLEAN),
            Field.of(SURVEY, "surveyDate", Kind.DATE),
            Field.text(SURVEY, "inspector", 50),

            Field.codes(RECTIFICATION, "measures", "stop_use", "stop_business", "cordon", "evacuate",
                    "repair_reinforce", "demolish_rebuild", "demolish_all", "demolish_part", "permits",
                    "fine", "confiscate"),
            Field.text(RECTIFICATION, "responsible", 50),
            Field.of(RECTIFICATION, "deadline", Kind.DATE),
            Field.of(RECTIFICATION, "completedDate", Kind.DATE),
            Field.of(RECTIFICATION, "acceptedDate", Kind.DATE),
            Field.code(RECTIFICATION, "progress", "pending", "in_progress", "done"),

            Field.code(APPRAISAL, "grade", "A", "B", "C", "D"),
            Field.text(APPRAISAL, "agency", 100),
            Field.text(APPRAISAL, "reportNo", 50),
            Field.of(APPRAISAL, "date", Kind.DATE),
            Field.code(APPRAISAL, "recommendation", "observe", "use_with_treatment", "stop_use", "demolish"));

    private static final Map<String, Field> BY_PATH = index();

    private AttributeSchema() {
    }

    private static Map<String, Field> index() {
        Map<String, Field> map = new LinkedHashMap<>();
        FIELDS.forEach(f -> map.put(f.path(), f));
        return Map.copyOf(map);
    }

    public static List<Field> fields() {
        return FIELDS;
    }

    public static Optional<Field> field(String block, String name) {
        return Optional.ofNullable(BY_PATH.get(block + "." + name));
    }
}
