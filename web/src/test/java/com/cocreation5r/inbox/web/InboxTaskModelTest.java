package com.cocreation5r.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.inbox.InboxQuery;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class InboxTaskModelTest {

    private final InboxTaskModel model = new InboxTaskModel(null,
            text -> text.equals("심사") ? Set.of("screenApplication") : Set.of());

    @Test
    void withoutSortOrFilterTheEarliestDueComeFirst() {
        // Act
        InboxQuery query = model.query(Map.of(), Map.of());

        // Assert
        assertThat(query).isEqualTo(new InboxQuery(InboxQuery.View.MINE, null, Set.of(), null, false,
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
        assertThat(query).isEqualTo(new InboxQuery(InboxQuery.View.GROUPS, "screen", Set.of(), null, true,
                InboxQuery.SortField.CREATED, false));
    }

    @Test
    void aNameFilterInTheReadersLanguageAlsoNamesTheTasksLabelledSo() {
        // Arrange
        FilterMeta byName = FilterMeta.builder().field("name").filterValue("심사").build();

        // Act
        InboxQuery query = model.query(Map.of(), Map.of("name", byName));

        // Assert
        assertThat(query.nameContains()).isEqualTo("심사");
        assertThat(query.taskKeysNamed()).containsExactly("screenApplication");
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
