package org.housesafe.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.housesafe.lifecycle.DeadlineRules;
import org.housesafe.lifecycle.Grade;
import org.junit.jupiter.api.Test;

class ConfigSourcesTest {

    @Test
    void defaults_serve_the_embedded_database_on_localhost_7070() {
        Config c = ConfigSources.resolve(Map.of(), ConfigSources.Flags.NONE);
        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.bind()).isEqualTo("0.0.0.0");
        assertThat(c.demoMode()).isTrue();
        assertThat(c.isPostgis()).isFalse();
        assertThat(c.effectiveDbUrl()).startsWith("jdbc:h2:file:").contains(Path.of("data").toAbsolutePath().toString());
        assertThat(c.basemap()).isEqualTo(Basemap.OSM);
        assertThat(c.extent()).isEqualTo(Extent.HENGYANG);
    }

    @Test
    void environment_overrides_defaults_and_flags_override_environment() {
        Map<String, String> env = Map.of("HOUSESAFE_PORT", "8080", "HOUSESAFE_BIND", "0.0.0.0",
                "HOUSESAFE_DB_URL", "jdbc:postgresql://db/hs", "HOUSESAFE_BASEMAP", "none",
                "HOUSESAFE_EXTENT", "112,26,113,27", "HOUSESAFE_DATA_DIR", "/var/lib/hs");
        Config fromEnv = ConfigSources.resolve(env, ConfigSources.Flags.NONE);
        assertThat(fromEnv.port()).isEqualTo(8080);
        assertThat(fromEnv.isPostgis()).isTrue();
        assertThat(fromEnv.demoMode()).isFalse();
        assertThat(fromEnv.basemap()).isEqualTo(Basemap.NONE);
        assertThat(fromEnv.extent()).isEqualTo(new Extent(112, 26, 113, 27));
        assertThat(fromEnv.dataDir()).isEqualTo(Path.of("/var/lib/hs"));
        Config flagged = ConfigSources.resolve(env, new ConfigSources.Flags(9090, null, null, null, null, null,
                null, "tianditu", "k", null));
        assertThat(flagged.port()).isEqualTo(9090);
        assertThat(flagged.bind()).isEqualTo("0.0.0.0");
        assertThat(flagged.basemap()).isEqualTo(Basemap.TIANDITU);
    }

    @Test
    void bad_values_name_the_setting() {
        assertThatThrownBy(() -> ConfigSources.resolve(Map.of("HOUSESAFE_PORT", "seventy"), ConfigSources.Flags.NONE))
                .hasMessageContaining("HOUSESAFE_PORT");
        assertThatThrownBy(() -> ConfigSources.resolve(Map.of("HOUSESAFE_EXTENT", "1,2,3"), ConfigSources.Flags.NONE))
                .hasMessageContaining("HOUSESAFE_EXTENT");
        assertThatThrownBy(() -> ConfigSources.resolve(Map.of("HOUSESAFE_EXTENT", "113,26,112,27"), ConfigSources.Flags.NONE))
                .hasMessageContaining("HOUSESAFE_EXTENT");
        assertThatThrownBy(() -> ConfigSources.resolve(Map.of("HOUSESAFE_BASEMAP", "google"), ConfigSources.Flags.NONE))
                .hasMessageContaining("osm, tianditu or none");
    }

    @Test
    void deadline_rules_follow_local_settings_and_keep_the_domain_defaults_otherwise() {
        Config d = ConfigSources.resolve(Map.of(), ConfigSources.Flags.NONE);
        assertThat(d.deadlines()).isEqualTo(DeadlineRules.DEFAULT);
        Config local = ConfigSources.resolve(Map.of("HOUSESAFE_DEADLINE_CONTROL_HOURS", "12",
                "HOUSESAFE_DEADLINE_APPRAISAL_DAYS", "15", "HOUSESAFE_DEADLINE_RECTIFICATION_DAYS", "d=20, C=60"),
                ConfigSources.Flags.NONE);
        assertThat(local.deadlines().controlHours()).isEqualTo(12);
        assertThat(local.deadlines().appraisalDays()).isEqualTo(15);
        assertThat(local.deadlines().rectificationDays()).isEqualTo(Map.of(Grade.D, 20, Grade.C, 60));
        for (String bad : new String[] {"D=0", "E=30", "D:30", "D=ten", "D=99999"}) {
            assertThatThrownBy(() -> ConfigSources.resolve(Map.of("HOUSESAFE_DEADLINE_RECTIFICATION_DAYS", bad),
                    ConfigSources.Flags.NONE)).as(bad).hasMessageContaining("HOUSESAFE_DEADLINE_RECTIFICATION_DAYS");
        }
        assertThatThrownBy(() -> ConfigSources.resolve(Map.of("HOUSESAFE_DEADLINE_CONTROL_HOURS", "0"),
                ConfigSources.Flags.NONE)).hasMessageContaining("HOUSESAFE_DEADLINE_CONTROL_HOURS");
    }

    @Test
    void the_tile_cache_takes_its_size_in_mib_from_the_environment() {
        assertThat(ConfigSources.resolve(Map.of(), ConfigSources.Flags.NONE).tileCacheMb()).isEqualTo(64);
        assertThat(ConfigSources.resolve(Map.of("HOUSESAFE_TILE_CACHE_MB", "256"), ConfigSources.Flags.NONE)
                .tileCacheMb()).isEqualTo(256);
        assertThat(ConfigSources.resolve(Map.of("HOUSESAFE_TILE_CACHE_MB", "0"), ConfigSources.Flags.NONE)
                .tileCacheMb()).isZero();
        assertThatThrownBy(() -> ConfigSources.resolve(Map.of("HOUSESAFE_TILE_CACHE_MB", "-1"), ConfigSources.Flags.NONE))
                .hasMessageContaining("HOUSESAFE_TILE_CACHE_MB");
    }

    @Test
    void the_photo_distance_takes_whole_metres_from_the_environment() {
        assertThat(ConfigSources.resolve(Map.of(), ConfigSources.Flags.NONE).photoMaxDistanceMeters()).isEqualTo(100);
        assertThat(ConfigSources.resolve(Map.of("HOUSESAFE_PHOTO_MAX_DISTANCE_M", "250"), ConfigSources.Flags.NONE)
                .photoMaxDistanceMeters()).isEqualTo(250);
        assertThatThrownBy(() -> ConfigSources.resolve(Map.of("HOUSESAFE_PHOTO_MAX_DISTANCE_M", "0"),
                ConfigSources.Flags.NONE)).hasMessageContaining("HOUSESAFE_PHOTO_MAX_DISTANCE_M");
    }
}
