package org.housesafe.lifecycle;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.housesafe.account.Role;

/** {@code GET /api/admin/audit}: the hash chain check of every history, for admins. */
public final class AuditRoutes {
    private final AuditVerifier verifier;

    public AuditRoutes(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/admin/audit", this::audit, Role.ADMIN);
    }

    private void audit(Context ctx) {
        AuditVerifier.Result r = verifier.verify();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", r.ok());
        out.put("buildings", r.buildings());
        out.put("events", r.events());
        AuditVerifier.Broken b = r.firstBroken();
        out.put("firstBroken", b == null ? null
                : Map.of("buildingId", b.buildingId().toString(), "seq", b.seq(), "problem", b.problem()));
        ctx.json(out);
    }
}
