package org.specloop.query.motordesign.http;

import org.specloop.query.motordesign.MotorDesignReadModel;
import org.specloop.query.motordesign.MotorDesignSummary;
import org.specloop.query.motordesign.MotorDesignVersionView;
import org.specloop.query.motordesign.MotorDesignView;
import org.specloop.query.shared.HistoryEntry;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Requests;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Read-only views of motor designs: the list, one design as it stands, and any of its versions. */
@RestController
@RequestMapping("/api/motor-designs")
class MotorDesignQueryController {
    private final MotorDesignReadModel designs;
    private final ObjectHistory history;

    MotorDesignQueryController(MotorDesignReadModel designs, ObjectHistory history) {
        this.designs = designs;
        this.history = history;
    }

    @GetMapping
    public Page<MotorDesignSummary> list(@RequestParam(required = false) String specificationId,
                                         @RequestParam(required = false) String partNumber,
                                         @RequestParam(required = false) String page,
                                         @RequestParam(required = false) String size,
                                         @RequestParam(required = false) String sort) {
        PageQuery query = PageQuery.parse(page, size, sort, MotorDesignReadModel.SORTABLE, "designId");
        return designs.find(Requests.textFilter(specificationId), Requests.textFilter(partNumber), query);
    }

    @GetMapping("/{id}")
    public MotorDesignView one(@PathVariable String id) {
        return designs.one(id).orElseThrow(() -> unknown(id));
    }

    @GetMapping("/{id}/versions")
    public List<MotorDesignVersionView> versions(@PathVariable String id) {
        List<MotorDesignVersionView> versions = designs.versions(id);
        if (versions.isEmpty()) {
            throw unknown(id);
        }
        return versions;
    }

    @GetMapping("/{id}/versions/{version}")
    public MotorDesignVersionView version(@PathVariable String id, @PathVariable String version) {
        int number = Requests.positiveInt("version", version);
        return designs.version(id, number).orElseThrow(() -> designs.exists(id)
                ? Requests.notFound("motor design '" + id + "' has no version " + number) : unknown(id));
    }

    @GetMapping("/{id}/history")
    public Page<HistoryEntry> history(@PathVariable String id, @RequestParam(required = false) String page,
                                      @RequestParam(required = false) String size) {
        PageQuery query = PageQuery.unsorted(page, size);
        if (!designs.exists(id)) {
            throw unknown(id);
        }
        return history.page(MotorDesignReadModel.OBJECT_TYPE, id, query);
    }

    private static RuntimeException unknown(String id) {
        return Requests.notFound("no motor design '" + id + "'");
    }
}
