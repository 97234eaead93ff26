package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void an_empty_set_of_streets_allows_nothing_while_all_allows_everything() {
        assertThat(Scope.of(Set.of()).allows("430408003")).isFalse();
        assertThat(Scope.ALL.allows("430408003")).isTrue();
        assertThat(Scope.of(Set.of("430408003")).allows("430408004")).isFalse();
    }

    @Test
    void the_stored_form_reads_back_to_the_same_scope() {
        Scope two = Scope.of(Set.of("430408004", "430408003"));
        assertThat(two.stored()).isEqualTo("430408003,430408004");
        assertThat(Scope.fromStored(two.stored())).isEqualTo(two);
        assertThat(Scope.fromStored(Scope.ALL.stored())).isEqualTo(Scope.ALL);
        assertThat(Scope.fromStored("").streets()).isEmpty();
        assertThat(Scope.fromStored("").all()).isFalse();
    }

    @Test
    void street_codes_must_have_nine_digits() {
        assertThatThrownBy(() -> Scope.of(Set.of("4304080031"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scope.of(Set.of("1 OR 1=1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
