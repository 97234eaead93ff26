package org.housesafe.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/** An enum with a stable lower-case code used in the API and in storage. */
public interface Coded {
    String code();

    /** The constant whose code is {@code code}, or empty: callers turn that into a 400 or 422. */
    static <E extends Enum<E> & Coded> Optional<E> byCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** Every code of {@code type}, in declaration order, for error messages. */
    static <E extends Enum<E> & Coded> java.util.List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }
}
