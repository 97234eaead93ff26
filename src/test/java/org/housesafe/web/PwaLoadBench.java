package org.housesafe.web;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.housesafe.demo.DemoAccounts;
import org.housesafe.testing.Browser;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures how fast the map page is usable on a phone network (issue 14 point 1, BENCHMARKS.md
 * "Installable and fast"): the demo app in this process (demo data, demo-inspector of 华兴), headless
 * Chromium at 390×844 with DevTools network emulation "Fast 4G" (150 ms, 1.6 Mbit/s down, 750
 * kbit/s up) on the page and, on repeat visits, on the service worker too (it makes the page's
 * data requests then). Usable: the footprints of the street view drawn ({@code body
 * data-buildings-loaded > 0}, which comes after the map, the session, the configuration and
 * the first page of buildings), timed from the navigation's start by the page's own clock.
 * First visit: a fresh profile with a session cookie. Repeat visit: the same profile, a new
 * navigation. Also counts the requests the server answered on each visit. Not a test: a program,
 * {@code java -cp … org.housesafe.web.PwaLoadBench [ROUNDS]}.
 */
public final class PwaLoadBench {
    private static final Map<String, Object> FAST_4G = Map.of("offline", false, "latency", 150,
            "downloadThroughput", 1_600_000 / 8, "uploadThroughput", 750_000 / 8);
    /** Records when the footprints are first drawn (the page's CSP does not apply to DevTools scripts). */
    private static final String PROBE = """
            document.addEventListener('DOMContentLoaded', () => {
              const seen = () => Number(document.body.dataset.buildingsLoaded || 0) > 0;
              new MutationObserver(() => { if (!window.usableAt && seen()) window.usableAt = performance.now(); })
                .observe(document.body, { attributes: true, attributeFilter: ['data-buildings-loaded'] });
            });""";

    private PwaLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        try (DemoWorld world = new DemoWorld()) {
            DemoAccounts.ensure(world.app.services.users());
            String id = DemoWorld.JSON.readTree(world.app.get("/api/buildings?limit=1&street=" + DemoWorld.HUAXING).body())
                    .get("features").get(0).get("id").asText();
            var centre = world.app.services.buildings().get(java.util.UUID.fromString(id),
                    org.housesafe.account.Scope.ALL).footprint().getInteriorPoint();
            String url = String.format(Locale.ROOT, "%s/#map=17/%.6f/%.6f", world.app.base(), centre.getY(), centre.getX());
            List<String> requests = new CopyOnWriteArrayList<>();
            world.app.onRequest(requests::add);
            System.out.println("visit\tround\tusable ms\tserver requests\tapp files\tAPI/tiles");
            for (int round = 1; round <= rounds; round++) {
                try (Browser browser = Browser.start(390, 844)) {
                    HasCdp cdp = (HasCdp) browser.driver();
                    cdp.executeCdpCommand("Network.enable", Map.of());
                    cdp.executeCdpCommand("Network.setCookie", Map.of("name", "hs_session",
                            "value", sessionCookie(world), "url", world.app.base()));
                    cdp.executeCdpCommand("Page.enable", Map.of());
                    cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
                    cdp.executeCdpCommand("Network.emulateNetworkConditions", FAST_4G);
                    report("first", round, visit(browser, url, requests), requests);
                    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(
                            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return !!navigator.serviceWorker.controller;")));
                    for (int repeat = 0; repeat < 2; repeat++) {
                        throttleWorker(cdp);
                        report("repeat", round, visit(browser, url, requests), requests);
                    }
                }
            }
        }
    }

    private static String sessionCookie(DemoWorld world) throws Exception {
        TestClient client = new TestClient(world.app.base(), null, true).header("Origin", world.app.base());
        HttpResponse<String> r = client.post("/api/session", "application/json",
                "{\"username\":\"demo-inspector\",\"password\":\"" + DemoAccounts.PASSWORD + "\"}");
        for (String header : r.headers().allValues("Set-Cookie")) {
            for (HttpCookie c : HttpCookie.parse(header)) {
                if (c.getName().equals("hs_session")) {
                    return c.getValue();
                }
            }
        }
        throw new IllegalStateException("no session cookie: " + r.statusCode() + " " + r.body());
    }

    /**
     * DevTools emulation applies to the target it is sent to: the worker is its own target, so it
     * gets the same conditions through a session of its own (Target.sendMessageToTarget).
     */
    @SuppressWarnings("unchecked")
    private static void throttleWorker(HasCdp cdp) {
        List<Map<String, Object>> targets = (List<Map<String, Object>>) cdp.executeCdpCommand("Target.getTargets", Map.of())
                .get("targetInfos");
        for (Map<String, Object> t : targets) {
            if (!"service_worker".equals(t.get("type"))) {
                continue;
            }
            String session = (String) cdp.executeCdpCommand("Target.attachToTarget",
                    Map.of("targetId", t.get("targetId"), "flatten", false)).get("sessionId");
            send(cdp, session, 1, "Network.enable", "{}");
            send(cdp, session, 2, "Network.emulateNetworkConditions", String.format(Locale.ROOT,
                    "{\"offline\":false,\"latency\":%s,\"downloadThroughput\":%s,\"uploadThroughput\":%s}",
                    FAST_4G.get("latency"), FAST_4G.get("downloadThroughput"), FAST_4G.get("uploadThroughput")));
        }
    }

    private static void send(HasCdp cdp, String session, int id, String method, String params) {
        cdp.executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", session,
                "message", "{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}"));
    }

    /** Opens url anew and returns the page's milliseconds from navigation start to usable. */
    private static double visit(Browser browser, String url, List<String> requests) {
        browser.driver().get("about:blank");
        requests.clear();
        browser.driver().get(url);
        Object at = new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(120))
                .until(d -> ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.usableAt || null;"));
        return ((Number) at).doubleValue();
    }

    private static void report(String visit, int round, double ms, List<String> requests) {
        List<String> seen = new ArrayList<>(requests);
        long appFiles = seen.stream().filter(p -> !p.startsWith("/api/") && !p.startsWith("/tiles/")).count();
        System.out.printf(Locale.ROOT, "%s\t%d\t%.0f\t%d\t%d\t%s%n", visit, round, ms, seen.size(), appFiles,
                seen.stream().filter(p -> p.startsWith("/api/") || p.startsWith("/tiles/")).toList());
    }
}
