package com.cocreation5r.audit.web;

import com.cocreation5r.audit.AuditEntryView;
import com.cocreation5r.audit.AuditVerification;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** One page of the audit log, newest first, as the table asks for it; the database does the paging. */
public class AuditEntryModel extends LazyDataModel<AuditEntryView> {

    private static final long serialVersionUID = 1L;

    private final AuditVerification audit;

    public AuditEntryModel(AuditVerification audit) {
        this.audit = audit;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(audit.count());
    }

    @Override
    public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return audit.entries(first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntryView entry) {
        return String.valueOf(entry.id());
    }

    @Override
    public AuditEntryView getRowData(String rowKey) {
        List<AuditEntryView> page = getWrappedData();
        return page == null ? null
                : page.stream().filter(entry -> String.valueOf(entry.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
