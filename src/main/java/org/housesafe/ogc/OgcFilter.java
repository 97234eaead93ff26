package org.housesafe.ogc;

import org.housesafe.building.BuildingCondition;

/**
 * Turns the Part 3 parameters {@code filter}, {@code filter-lang} and {@code filter-crs} into a
 * condition on the buildings (CQL2: {@code org.housesafe.ogc.cql2.Cql2::parse}). Each may be
 * {@code null}; {@code filter} never is when this is called. A bad filter is an
 * {@link org.housesafe.platform.web.ApiException} 400 naming the problem.
 */
@FunctionalInterface
public interface OgcFilter {
    BuildingCondition parse(String filter, String filterLang, String filterCrs);
}
