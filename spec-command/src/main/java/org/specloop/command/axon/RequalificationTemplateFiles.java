package org.specloop.command.axon;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.specloop.command.sourcing.RequalificationTemplates;
import org.specloop.command.sourcing.RequalificationTemplates.TierTemplate;

/** Reads requalification templates from their JSON document: the shipped defaults or an operator's file. */
public final class RequalificationTemplateFiles {

    private RequalificationTemplateFiles() {
    }

    public static RequalificationTemplates read(InputStream json) {
        try {
            return new RequalificationTemplates(new ObjectMapper().readValue(json, new TypeReference<Map<String, TierTemplate>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("requalification templates are not readable JSON", e);
        }
    }

    public static RequalificationTemplates defaults() {
        try (InputStream in = RequalificationTemplates.class.getResourceAsStream(RequalificationTemplates.CLASSPATH_DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RequalificationTemplates.CLASSPATH_DEFAULTS);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
