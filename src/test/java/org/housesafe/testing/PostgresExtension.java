package org.housesafe.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects the run's {@link PostgresCluster} into test constructors, test methods and lifecycle
 * methods that declare a {@code PostgresCluster} parameter:
 *
 * <pre>{@code
 * @ExtendWith(PostgresExtension.class)
 * class BuildingStorePostgisIT {
 *     @Test void stores_a_footprint(PostgresCluster pg) {
 *         String url = pg.createDatabase("buildings");
 *         ... DriverManager.getConnection(url, PostgresCluster.USER, PostgresCluster.PASSWORD) ...
 *     }
 * }
 * }</pre>
 */
public final class PostgresExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return PostgresCluster.get(context);
    }
}
