package org.housesafe.platform.web;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * HEAD where GET is: Javalin answers HEAD with the GET handler but matches no route for it, so
 * the route's roles were missing and every HEAD was refused (and audited as a denial). Each GET
 * route gets a HEAD route with the same handler and roles; Jetty sends the headers of the GET
 * answer without its body. GIS clients need it: GDAL's /vsicurl/ asks HEAD before GET.
 */
public final class HeadRoutes {
    private HeadRoutes() {
    }

    /** Adds a HEAD route for every GET route of {@code app} that has none; call before starting it. */
    public static void mirrorGets(Javalin app) {
        InternalRouter router = app.unsafe.internalRouter;
        List<ParsedEndpoint> all = router.allHttpHandlers();
        Set<String> heads = new HashSet<>();
        all.stream().map(p -> p.endpoint).filter(e -> e.method == HandlerType.HEAD).forEach(e -> heads.add(e.path));
        for (ParsedEndpoint p : List.copyOf(all)) {
            Endpoint get = p.endpoint;
            if (get.method == HandlerType.GET && heads.add(get.path)) {
                Roles roles = get.metadata(Roles.class);
                router.addHttpEndpoint(new Endpoint(HandlerType.HEAD, get.path, get.handler,
                        roles == null ? Set.of() : Set.of(roles)));
            }
        }
    }
}
