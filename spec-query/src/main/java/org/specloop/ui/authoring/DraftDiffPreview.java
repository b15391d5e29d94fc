package org.specloop.ui.authoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.query.shared.Requests;
import org.specloop.query.specification.RevisionDiff;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationReadModel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The diff of what is being typed against the revision in force, rendered by the revision page's own
 * diff (RevisionDiff and its table) each time the form changes. It reads and changes nothing; it is a
 * POST only because a spec with many exclusions and sources would not fit into a URL.
 */
@Controller
class DraftDiffPreview {
    /** More than any form a person fills in (the API's list limits included), far below the 2 MB a form may post. */
    private static final int MAX_CONTENT = 500_000;
    private final SpecificationReadModel specifications;
    private final ObjectMapper json;

    DraftDiffPreview(SpecificationReadModel specifications, ObjectMapper json) {
        this.specifications = specifications;
        this.json = json;
    }

    @PostMapping("/ui/draft-diff")
    public String diff(@RequestParam(required = false) String specificationId, @RequestParam String content, Model model) {
        if (content.length() > MAX_CONTENT) {
            throw Requests.badRequest("content must be at most " + MAX_CONTENT + " characters");
        }
        JsonNode body;
        try {
            body = json.readTree(content);
        } catch (JsonProcessingException e) {
            throw Requests.badRequest("content is not JSON");
        }
        RevisionView baseline = baseline(Requests.textFilter(specificationId));
        DraftContentReader.Preview preview = DraftContentReader.read(body == null ? json.createObjectNode() : body);
        model.addAttribute("baseline", baseline);
        model.addAttribute("diff", RevisionDiff.between(baseline == null ? null : baseline.content(), preview.content()));
        model.addAttribute("unreadable", preview.unreadable());
        return "fragments :: diff";
    }

    private RevisionView baseline(String specificationId) {
        if (specificationId == null) {
            return null;
        }
        return specifications.summary(specificationId).map(spec -> spec.effectiveRevision())
                .flatMap(n -> specifications.revision(specificationId, n)).orElse(null);
    }
}
