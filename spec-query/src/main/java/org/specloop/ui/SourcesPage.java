package org.specloop.ui;

import org.specloop.contracts.source.Tier;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.registry.SourceReadModel;
import org.specloop.query.registry.SourceView;
import org.specloop.query.sourcing.QualificationReadModel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The supply chain tier by tier, mine first, with every expired certificate flagged and what each
 * source is qualified for (the model behind GET /api/sourcing/qualifications).
 */
@Controller
class SourcesPage {
    private final SourceReadModel sources;
    private final QualificationReadModel qualifications;
    private final Clock clock;

    public SourcesPage(SourceReadModel sources, QualificationReadModel qualifications, Clock clock) {
        this.sources = sources;
        this.qualifications = qualifications;
        this.clock = clock;
    }

    @GetMapping("/ui/sources")
    public String page(Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<SourceView>> byTier = new LinkedHashMap<>();
        for (Tier tier : Tier.values()) {
            List<SourceView> inTier = sources.find(tier.name(), null, null, today,
                    PageQuery.parse("0", String.valueOf(PageQuery.MAX_SIZE), "name", SourceReadModel.SORTABLE, "name")).items();
            if (!inTier.isEmpty()) {
                byTier.put(tier.name(), inTier);
            }
        }
        model.addAttribute("tiers", byTier);
        model.addAttribute("qualifications", qualifications.of(null, null).stream()
                .collect(Collectors.groupingBy(QualificationReadModel.QualificationView::sourceId)));
        model.addAttribute("today", today);
        return "sources";
    }
}
