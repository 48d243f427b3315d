package com.cocreation5r.inbox.web;

import com.cocreation5r.inbox.InboxQuery;
import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.inbox.InboxTask;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One page of the inbox, as the table asks for it. Paging, sorting and filtering are handed to
 * the inbox service, which leaves them to the database: an inbox can hold thousands of tasks.
 */
public class InboxTaskModel extends LazyDataModel<InboxTask> {

    private static final long serialVersionUID = 1L;

    /** Table columns ({@code field} attributes) the service can sort by. */
    private static final Map<String, InboxQuery.SortField> SORT_FIELDS = Map.of(
            "name", InboxQuery.SortField.NAME,
            "created", InboxQuery.SortField.CREATED,
            "due", InboxQuery.SortField.DUE);

    /** Longest name filter the service accepts. */
    private static final int NAME_FILTER_MAX = 100;

    /** Which tasks a name filter names in the reader's language (see {@code ModelLabels}). */
    @FunctionalInterface
    public interface TaskLabelSearch extends Serializable {
        Set<String> taskKeysLabelled(String text);
    }

    private final InboxService inbox;
    private final TaskLabelSearch labelSearch;
    private InboxQuery.View view = InboxQuery.View.MINE;
    private boolean overdueOnly;

    public InboxTaskModel(InboxService inbox, TaskLabelSearch labelSearch) {
        this.inbox = inbox;
        this.labelSearch = labelSearch;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(inbox.count(query(Map.of(), filterBy)));
    }

    @Override
    public List<InboxTask> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return inbox.tasks(query(sortBy, filterBy), first, pageSize);
    }

    @Override
    public String getRowKey(InboxTask task) {
        return task.id();
    }

    @Override
    public InboxTask getRowData(String rowKey) {
        List<InboxTask> page = getWrappedData();
        return page == null ? null
                : page.stream().filter(task -> task.id().equals(rowKey)).findFirst().orElse(null);
    }

    InboxQuery query(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        InboxQuery.SortField sortField = InboxQuery.SortField.DUE;
        boolean ascending = true;
        SortMeta sort = sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
        if (sort != null && SORT_FIELDS.containsKey(sort.getField())) {
            sortField = SORT_FIELDS.get(sort.getField());
            ascending = !sort.getOrder().isDescending();
        }
        String name = nameFilter(filterBy);
        Set<String> taskKeysNamed = name == null ? Set.of() : labelSearch.taskKeysLabelled(name);
        return new InboxQuery(view, name, taskKeysNamed, null, overdueOnly, sortField, ascending);
    }

    private static String nameFilter(Map<String, FilterMeta> filterBy) {
        FilterMeta name = filterBy.get("name");
        if (name == null || name.getFilterValue() == null) {
            return null;
        }
        String text = name.getFilterValue().toString().trim();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() > NAME_FILTER_MAX ? text.substring(0, NAME_FILTER_MAX) : text;
    }

    public InboxQuery.View getView() {
        return view;
    }

    public void setView(InboxQuery.View view) {
        this.view = view;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
