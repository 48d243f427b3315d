package com.cocreation5r.realization.web;

import com.cocreation5r.realization.ArchiveSearch;
import com.cocreation5r.realization.ArchivedIdeaView;
import com.cocreation5r.realization.RealizationService;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The archived ideas that match the search, one page at a time; the database pages. */
public class ArchivedIdeaModel extends LazyDataModel<ArchivedIdeaView> {

    private static final long serialVersionUID = 1L;

    private final RealizationService realization;
    private ArchiveSearch search = ArchiveSearch.everything();

    public ArchivedIdeaModel(RealizationService realization) {
        this.realization = realization;
    }

    void search(ArchiveSearch search) {
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(Math.min(realization.searchArchive(search, 0, 1).total(), Integer.MAX_VALUE));
    }

    @Override
    public List<ArchivedIdeaView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return realization.searchArchive(search, first, pageSize).ideas();
    }

    @Override
    public String getRowKey(ArchivedIdeaView idea) {
        return String.valueOf(idea.ideaId());
    }

    @Override
    public ArchivedIdeaView getRowData(String rowKey) {
        List<ArchivedIdeaView> page = getWrappedData();
        return page == null ? null
                : page.stream().filter(idea -> String.valueOf(idea.ideaId()).equals(rowKey)).findFirst().orElse(null);
    }
}
