package org.specloop.query.shared;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageQueryTest {
    private static final Map<String, String> SORTABLE = Map.of("receivedAt", "received_at", "lotId", "lot_id");

    @Test
    void defaults_to_first_page_of_twenty_with_the_default_sort() {
        PageQuery query = PageQuery.parse(null, null, null, SORTABLE, "receivedAt,desc");

        assertThat(query).isEqualTo(new PageQuery(0, 20, "received_at", true));
    }

    @Test
    void maps_the_api_sort_field_to_its_column_and_orders_with_a_tie_breaker() {
        PageQuery query = PageQuery.parse("2", "50", "lotId,asc", SORTABLE, "receivedAt");

        assertThat(query.orderBy("lot_id")).isEqualTo(" ORDER BY lot_id ASC");
        assertThat(query.limit()).isEqualTo(" LIMIT 50 OFFSET 100");
    }

    @Test
    void breaks_ties_in_the_sorts_direction_so_that_one_index_serves_both() {
        assertThat(PageQuery.parse("0", "50", "receivedAt,desc", SORTABLE, "receivedAt").orderBy("lot_id"))
                .isEqualTo(" ORDER BY received_at DESC, lot_id DESC");
        assertThat(PageQuery.parse("0", "50", "receivedAt,asc", SORTABLE, "receivedAt").orderBy("lot_id"))
                .isEqualTo(" ORDER BY received_at ASC, lot_id ASC");
    }

    @Test
    void refuses_a_size_above_two_hundred() {
        assertThatThrownBy(() -> PageQuery.parse("0", "201", null, SORTABLE, "lotId"))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("size must be between 1 and 200");
    }

    @Test
    void refuses_a_negative_page() {
        assertThatThrownBy(() -> PageQuery.parse("-1", null, null, SORTABLE, "lotId"))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("page must be 0 or more");
    }

    @Test
    void refuses_a_sort_field_outside_the_whitelist() {
        assertThatThrownBy(() -> PageQuery.parse(null, null, "password", SORTABLE, "lotId"))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("cannot sort by 'password'");
    }

    @Test
    void refuses_an_unknown_sort_direction() {
        assertThatThrownBy(() -> PageQuery.parse(null, null, "lotId,up", SORTABLE, "lotId"))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("asc or desc");
    }

    @Test
    void refuses_a_page_that_is_not_a_number() {
        assertThatThrownBy(() -> PageQuery.parse("two", null, null, SORTABLE, "lotId"))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("page must be a whole number");
    }
}
