package org.specloop.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Chart data handed to the page as a data attribute (escaped by Thymeleaf), read by ui.js. */
@Component("jsonView")
public class JsonView {
    private final ObjectMapper json;

    public JsonView(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data cannot be written", e);
        }
    }
}
