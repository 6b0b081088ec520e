package com.hallkiosk.catalog.store;

import com.hallkiosk.catalog.model.Category;
import com.hallkiosk.catalog.model.Discrepancy;
import com.hallkiosk.catalog.model.Prohibition;
import com.hallkiosk.catalog.model.SourceDocument;
import java.util.List;

/** The parts of a region stored in its row's JSON body. */
record RegionDetails(
        List<SourceDocument> sources,
        List<Category> categories,
        List<Prohibition> unlinkedProhibitions,
        List<Discrepancy> discrepancies) {
}
