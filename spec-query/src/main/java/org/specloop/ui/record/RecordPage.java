package org.specloop.ui.record;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The approval record as a printable page: the same record the PDF lays out, with print styles that
 * drop the workspace's navigation, and a link to the PDF for filing.
 */
@Controller
class RecordPage {
    private final ApprovalRecords records;

    RecordPage(ApprovalRecords records) {
        this.records = records;
    }

    @GetMapping("/ui/specifications/{id}/revisions/{revision}/record")
    public String revision(@PathVariable String id, @PathVariable int revision, Model model) {
        return show(records.revision(id, revision), "/ui/specifications/" + id + "/revisions/" + revision,
                "/api/specifications/" + id + "/revisions/" + revision + "/record", model);
    }

    @GetMapping("/ui/engineering-changes/{id}/record")
    public String change(@PathVariable String id, Model model) {
        return show(records.change(id), "/ui/engineering-changes/" + id, "/api/engineering-changes/" + id + "/record", model);
    }

    private static String show(ApprovalRecord record, String back, String pdf, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("back", back);
        model.addAttribute("pdf", pdf);
        return "record";
    }
}
