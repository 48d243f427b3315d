package com.cocreation5r.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.inbox.InboxQuery;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class InboxTaskModelTest {

    private final InboxTaskModel model = new InboxTaskModel(null);

    @Test
    void withoutSortOrFilterTheEarliestDueComeFirst() {
        // Act
        InboxQuery query = model.query(Map.of(), Map.of());

        // Assert
        assertThat(query).isEqualTo(new InboxQuery(InboxQuery.View.MINE, null, null, false,
                InboxQuery.SortField.DUE, true));
    }

    @Test
    void theTablesSortAndNameFilterBecomeTheQuery() {
        // Arrange
        model.setView(InboxQuery.View.GROUPS);
        model.setOverdueOnly(true);
        SortMeta byCreated = SortMeta.builder().field("created").order(SortOrder.DESCENDING).build();
        FilterMeta byName = FilterMeta.builder().field("name").filterValue("  screen ").build();

        // Act
        InboxQuery query = model.query(Map.of("created", byCreated), Map.of("name", byName));

        // Assert
        assertThat(query).isEqualTo(new InboxQuery(InboxQuery.View.GROUPS, "screen", null, true,
                InboxQuery.SortField.CREATED, false));
    }

    @Test
    void aColumnTheServiceCannotSortByKeepsTheDefaultOrder() {
        // Arrange
        SortMeta byStage = SortMeta.builder().field("processName").order(SortOrder.ASCENDING).build();

        // Act
        InboxQuery query = model.query(Map.of("processName", byStage), Map.of());

        // Assert
        assertThat(query.sortField()).isEqualTo(InboxQuery.SortField.DUE);
        assertThat(query.ascending()).isTrue();
    }
}
