package org.specloop.ui.record;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Approval records as PDF. Only application/pdf is produced: a client asking for anything else gets
 * 406, since the JSON of the same facts is already served by the revision and change endpoints.
 */
@RestController
class RecordController {
    private final ApprovalRecords records;

    RecordController(ApprovalRecords records) {
        this.records = records;
    }

    @GetMapping(value = "/api/specifications/{id}/revisions/{revision}/record", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> revision(@PathVariable String id, @PathVariable int revision) {
        return pdf(records.revision(id, revision), id + "-rev" + revision + "-approval-record.pdf");
    }

    @GetMapping(value = "/api/engineering-changes/{id}/record", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> change(@PathVariable String id) {
        return pdf(records.change(id), id + "-approval-record.pdf");
    }

    /** Inline, so a browser shows it; the file name is what "save" proposes. */
    private static ResponseEntity<byte[]> pdf(ApprovalRecord record, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(RecordPdf.render(record));
    }
}
