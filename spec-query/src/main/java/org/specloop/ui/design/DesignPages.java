package org.specloop.ui.design;

import org.specloop.loop.policy.TransferFunctions;
import org.specloop.query.motordesign.MotorDesignReadModel;
import org.specloop.query.motordesign.MotorDesignVersionView;
import org.specloop.query.motordesign.MotorDesignView;
import org.specloop.query.motorresult.MotorResultReadModel;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Comparator;
import java.util.List;

/**
 * Motor designs: the list, one design with every version of its requirements and the rig runs of its
 * motors with their verdicts, and its transfer functions. Read from the same models as
 * GET /api/motor-designs, /api/motor-results and /api/loop/transfer-functions?designId=.
 */
@Controller
class DesignPages {
    /** Runs shown on a design's page, newest first; the API pages through all of them. */
    static final int RUNS_SHOWN = 50;
    private final MotorDesignReadModel designs;
    private final MotorResultReadModel results;
    private final TransferFunctions transfers;

    public DesignPages(MotorDesignReadModel designs, MotorResultReadModel results, TransferFunctions transfers) {
        this.designs = designs;
        this.results = results;
        this.transfers = transfers;
    }

    @GetMapping("/ui/designs")
    public String list(Model model) {
        model.addAttribute("designs", designs.find(null, null, PageQuery.parse("0", String.valueOf(PageQuery.MAX_SIZE),
                "designId", MotorDesignReadModel.SORTABLE, "designId")));
        return "designs";
    }

    @GetMapping("/ui/designs/{designId}")
    public String design(@PathVariable String designId, Model model) {
        MotorDesignView design = designs.one(designId).orElseThrow(() -> Requests.notFound("no motor design '" + designId + "'"));
        model.addAttribute("design", design);
        model.addAttribute("versions", designs.versions(designId).stream()
                .sorted(Comparator.comparingInt(MotorDesignVersionView::version).reversed()).toList());
        model.addAttribute("runs", results.byDesign(designId, PageQuery.parse("0", String.valueOf(RUNS_SHOWN),
                "startedAt,desc", MotorResultReadModel.SORTABLE, "startedAt")));
        return "design";
    }

    @GetMapping("/ui/designs/{designId}/transfer-functions")
    public String transferFunctions(@PathVariable String designId, Model model) {
        MotorDesignView design = designs.one(designId).orElseThrow(() -> Requests.notFound("no motor design '" + designId + "'"));
        model.addAttribute("design", design.design());
        // the loop reads design events in its own processor: a design just defined may not be there yet
        model.addAttribute("functions", transfers.ofDesign(designId).orElse(List.of()));
        return "transfer-functions";
    }
}
