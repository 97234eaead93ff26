package org.housesafe.stats;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.housesafe.building.Building;
import org.housesafe.building.BuildingStore;
import org.housesafe.building.StoreFixture;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.NewEvent;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.geo.GeodesicArea;
import org.locationtech.jts.geom.Geometry;

/**
 * Buildings with histories whose rows are what those histories lead to, in seven patterns
 * (survey only; safe; awaiting appraisal; grade C; rectified D; closed by grade A; a shed pulled
 * down), starting on days spread over ten weeks from 2022-05-20. Written by hand from DOMAIN.md,
 * independently of the replay under test.
 */
final class HistoryFixture {
    static final int ROWS = 420;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY0 = LocalDate.of(2022, 5, 20);
    static final String BATCH = "校区周边拆除";

    /** One building: its stored record and, per event, the status it led to. */
    record Case(BuildingStore.NewRecord record, List<String> statuses, List<String> hazardTypes) {
        Building row() {
            return record.building();
        }

        List<NewEvent> events() {
            return record.history();
        }

        Instant lastEventAt() {
            return events().get(events().size() - 1).occurredAt();
        }

        /** The status after the events before {@code cutoff}, or {@code null} when none came before it. */
        String statusBefore(Instant cutoff) {
            String status = null;
            for (int i = 0; i < events().size(); i++) {
                if (events().get(i).occurredAt().isBefore(cutoff)) {
                    status = statuses.get(i);
                }
            }
            return status;
        }

        /** When the first event of {@code type} happened, or {@code null}. */
        Instant first(EventType type) {
            return events().stream().filter(e -> e.type() == type).map(NewEvent::occurredAt).findFirst().orElse(null);
        }
    }

    private HistoryFixture() {
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            out.add(building(i));
        }
        return out;
    }

    /** 09:00 in Hengyang on day {@code d} after the building's first day, plus {@code h} hours. */
    private static Instant at(LocalDate start, int d, int h) {
        return start.plusDays(d).atTime(9 + h, 0).atZone(ZONE).toInstant();
    }

    private static Case building(int i) {
        int pattern = i % 7;
        LocalDate start = DAY0.plusDays(i % 70);
        List<NewEvent> events = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        List<String> hazards = switch (pattern) {
            case 2 -> List.of("alteration");
            case 3 -> List.of("beam_slab_cracks", "cantilever");
            case 4 -> List.of("foundation_settlement");
            case 5 -> List.of("business_fire");
            default -> List.of();
        };
        String judgement = switch (pattern) {
            case 0, 1 -> "none";
            case 4 -> "serious";
            case 6 -> null;
            default -> "some";
        };
        Grade grade = switch (pattern) {
            case 3 -> Grade.C;
            case 4 -> Grade.D;
            case 5 -> Grade.A;
            default -> null;
        };
        LocalDate deadline = null;
        if (pattern == 6) {
            add(events, statuses, EventType.DEMOLITION_ORDER, at(start, 0, 0), "{\"batch\":\"" + BATCH + "\"}",
                    "demolition_ordered");
            add(events, statuses, EventType.DEMOLITION, at(start, 10, 0),
                    "{\"date\":\"" + start.plusDays(10) + "\",\"area\":50.5,\"batch\":\"" + BATCH + "\"}", "demolished");
            add(events, statuses, EventType.CLOSE_OUT, at(start, 15, 0), "{}", "closed");
        } else {
            add(events, statuses, EventType.SURVEY, at(start, 0, 0), "{\"judgement\":\"" + judgement
                    + "\",\"hazardTypes\":" + json(hazards) + "}", "surveyed");
        }
        if (pattern == 4) {
            add(events, statuses, EventType.CONTROL_MEASURE, at(start, 0, 1), "{\"measures\":[\"stop_use\"]}", "surveyed");
        }
        if (pattern == 1) {
            add(events, statuses, EventType.RECHECK, at(start, 1, 0), "{\"kind\":\"document\",\"result\":\"no_hazard\"}",
                    "archived_safe");
        }
        if (pattern >= 2 && pattern <= 5) {
            add(events, statuses, EventType.RECHECK, at(start, 1, 0), "{\"kind\":\"document\",\"result\":\"hazard\"}",
                    "awaiting_appraisal");
            deadline = start.plusDays(1 + 30);
        }
        if (pattern == 4) {
            add(events, statuses, EventType.RECHECK, at(start, 2, 0), "{\"kind\":\"onsite\",\"result\":\"hazard\"}",
                    "awaiting_appraisal");
        }
        if (grade != null) {
            LocalDate appraised = start.plusDays(5);
            add(events, statuses, EventType.APPRAISAL, at(start, 5, 0), "{\"grade\":\"" + grade.code()
                    + "\",\"date\":\"" + appraised + "\",\"recommendation\":\"" + (grade == Grade.A ? "observe" : "stop_use")
                    + "\"}", grade == Grade.A ? "closed" : "awaiting_rectification");
            deadline = grade == Grade.C ? appraised.plusDays(90) : null;
        }
        if (pattern == 4) {
            add(events, statuses, EventType.RECTIFICATION_ORDER, at(start, 6, 0), "{\"measures\":[\"repair_reinforce\"],"
                    + "\"responsible\":\"王五\",\"deadline\":\"" + start.plusDays(30) + "\"}", "awaiting_rectification");
            add(events, statuses, EventType.RECTIFICATION_START, at(start, 7, 0), "{}", "rectifying");
            add(events, statuses, EventType.RECTIFICATION_DONE, at(start, 20, 0),
                    "{\"completedDate\":\"" + start.plusDays(20) + "\"}", "rectified");
            if (i % 4 == 0) {
                add(events, statuses, EventType.ACCEPTANCE, at(start, 25, 0),
                        "{\"acceptedDate\":\"" + start.plusDays(25) + "\"}", "closed");
            }
        }
        Status status = Status.valueOf(statuses.get(statuses.size() - 1).toUpperCase(java.util.Locale.ROOT));
        return new Case(record(i, status, judgement, grade, deadline, pattern == 6 ? BATCH : null, hazards, events),
                statuses, hazards);
    }

    private static BuildingStore.NewRecord record(int i, Status status, String judgement, Grade grade,
                                                  LocalDate deadline, String batch, List<String> hazards,
                                                  List<NewEvent> events) {
        boolean west = i % 2 == 0;
        boolean north = (i / 2) % 2 == 0;
        Geometry footprint = StoreFixture.square((west ? 112.51 : 112.61) + (i % 100) * 0.0005,
                (north ? 26.91 : 26.81) + (i / 100) * 0.0005);
        String code = String.format("HF-%04d", i);
        String use = List.of("operating", "mixed", "other").get(i % 3);
        String attributes = "{\"basic\":{\"houseCode\":\"" + code + "\",\"address\":\"测试路" + i + "号\",\"use\":\""
                + use + "\"},\"survey\":{\"hazardTypes\":" + json(hazards) + "}}";
        Instant surveyed = events.stream().filter(e -> e.type() == EventType.SURVEY).map(NewEvent::occurredAt)
                .findFirst().orElse(null);
        Building b = new Building(UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)), code, "测试路" + i + "号",
                west ? StoreFixture.WEST : StoreFixture.EAST, null,
                west ? (north ? StoreFixture.WEST_NORTH : StoreFixture.WEST_SOUTH)
                        : (north ? StoreFixture.EAST_NORTH : StoreFixture.EAST_SOUTH), null,
                footprint, GeodesicArea.of(footprint), 80.0 + i % 40, 1 + i % 4, use, i % 5 == 0 ? "steel" : "brick_concrete",
                i % 2 == 0 ? "2001_2010" : "since_2016", i % 6 == 0, status,
                judgement == null ? null : Judgement.valueOf(judgement.toUpperCase(java.util.Locale.ROOT)), grade,
                deadline, batch, attributes, 1, surveyed, events.get(0).occurredAt(),
                events.get(events.size() - 1).occurredAt());
        return new BuildingStore.NewRecord(b, events);
    }

    private static void add(List<NewEvent> events, List<String> statuses, EventType type, Instant at, String payload,
                            String status) {
        events.add(new NewEvent(type, at, "测试员", "district", null, payload));
        statuses.add(status);
    }

    private static String json(List<String> codes) {
        return codes.stream().map(c -> "\"" + c + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
