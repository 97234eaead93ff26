package org.housesafe.importer;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.housesafe.building.Building;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.NewEvent;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.geo.Wkb;

/** A {@link PreparedRow} as a compact binary record and back, for {@link RowSpool}. */
final class RowRecords {
    private RowRecords() {
    }

    static void write(DataOutput out, PreparedRow r) throws IOException {
        Building b = r.building();
        out.writeLong(b.id().getMostSignificantBits());
        out.writeLong(b.id().getLeastSignificantBits());
        for (String s : new String[] {b.houseCode(), b.address(), b.streetCode(), b.communityCode()}) {
            text(out, s);
        }
        out.writeInt(r.ewkb().length);
        out.write(r.ewkb());
        out.writeDouble(b.footprintArea());
        out.writeDouble(b.floorArea() == null ? Double.NaN : b.floorArea());
        out.writeInt(b.floorsAbove() == null ? Integer.MIN_VALUE : b.floorsAbove());
        for (String s : new String[] {b.use(), b.structure(), b.constructionPeriod()}) {
            text(out, s);
        }
        out.writeBoolean(b.vacant());
        text(out, b.status().code());
        text(out, b.judgement() == null ? null : b.judgement().code());
        text(out, b.grade() == null ? null : b.grade().code());
        out.writeLong(b.deadline() == null ? Long.MIN_VALUE : b.deadline().toEpochDay());
        text(out, b.batch());
        text(out, b.attributesJson());
        for (Instant t : new Instant[] {b.surveyedAt(), b.createdAt(), b.updatedAt()}) {
            instant(out, t);
        }
        out.writeInt(r.history().size());
        for (int i = 0; i < r.history().size(); i++) {
            NewEvent e = r.history().get(i);
            text(out, e.type().code());
            instant(out, e.occurredAt());
            for (String s : new String[] {e.actor(), e.role(), e.reason(), e.payloadJson(), r.hashes().get(i)}) {
                text(out, s);
            }
        }
    }

    /** The next record, or {@code null} at the end. */
    static PreparedRow read(DataInput in) throws IOException {
        long msb;
        try {
            msb = in.readLong();
        } catch (EOFException end) {
            return null;
        }
        UUID id = new UUID(msb, in.readLong());
        String houseCode = text(in);
        String address = text(in);
        String street = text(in);
        String community = text(in);
        byte[] ewkb = new byte[in.readInt()];
        in.readFully(ewkb);
        double area = in.readDouble();
        double floorArea = in.readDouble();
        int floors = in.readInt();
        String use = text(in);
        String structure = text(in);
        String period = text(in);
        boolean vacant = in.readBoolean();
        Status status = Coded.byCode(Status.class, text(in)).orElseThrow();
        Judgement judgement = Coded.byCode(Judgement.class, text(in)).orElse(null);
        Grade grade = Coded.byCode(Grade.class, text(in)).orElse(null);
        long deadline = in.readLong();
        String batch = text(in);
        String attributes = text(in);
        Instant surveyed = instant(in);
        Instant created = instant(in);
        Instant updated = instant(in);
        Building b = new Building(id, houseCode, address, street, null, community, null, Wkb.read(ewkb), area,
                Double.isNaN(floorArea) ? null : floorArea, floors == Integer.MIN_VALUE ? null : floors, use,
                structure, period, vacant, status, judgement, grade,
                deadline == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(deadline), batch, attributes, 1, surveyed,
                created, updated);
        int n = in.readInt();
        List<NewEvent> history = new ArrayList<>(n);
        List<String> hashes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            history.add(new NewEvent(Coded.byCode(EventType.class, text(in)).orElseThrow(), instant(in), text(in),
                    text(in), text(in), text(in)));
            hashes.add(text(in));
        }
        return new PreparedRow(b, ewkb, history, hashes);
    }

    private static void text(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void instant(DataOutput out, Instant t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        }
    }

    private static Instant instant(DataInput in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
