package com.cocreation5r.history.web;

import com.cocreation5r.history.HistorySearch;
import com.cocreation5r.history.InstanceOrder;
import com.cocreation5r.history.InstanceSummary;
import com.cocreation5r.history.ProcessHistory;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The instances that match the auditor's search, one page at a time; the database pages and sorts. */
public class InstanceModel extends LazyDataModel<InstanceSummary> {

    private static final long serialVersionUID = 1L;

    /** Sortable columns by their {@code field}, and the engine order each stands for. */
    private static final Map<String, InstanceOrder> ORDERS = Map.of(
            "startedAt", InstanceOrder.START_TIME,
            "endedAt", InstanceOrder.END_TIME,
            "durationMillis", InstanceOrder.DURATION,
            "processKey", InstanceOrder.PROCESS,
            "businessKey", InstanceOrder.BUSINESS_KEY);

    private final ProcessHistory history;
    private HistorySearch search = HistorySearch.everything();

    public InstanceModel(ProcessHistory history) {
        this.history = history;
    }

    void search(HistorySearch search) {
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(Math.min(history.count(search), Integer.MAX_VALUE));
    }

    @Override
    public List<InstanceSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        InstanceOrder order = InstanceOrder.START_TIME;
        boolean ascending = false;
        for (SortMeta sort : sortBy.values()) {
            InstanceOrder chosen = ORDERS.get(sort.getField());
            if (chosen != null && sort.getOrder() != SortOrder.UNSORTED) {
                order = chosen;
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        return history.search(search, first, pageSize, order, ascending);
    }

    @Override
    public String getRowKey(InstanceSummary instance) {
        return instance.id();
    }

    @Override
    public InstanceSummary getRowData(String rowKey) {
        List<InstanceSummary> page = getWrappedData();
        return page == null ? null
                : page.stream().filter(instance -> instance.id().equals(rowKey)).findFirst().orElse(null);
    }
}
