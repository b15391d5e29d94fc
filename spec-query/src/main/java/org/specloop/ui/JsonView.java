package org.specloop.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.readside.shared.Json;
import org.springframework.stereotype.Component;

/** Chart data handed to the page as a data attribute (escaped by Thymeleaf), read by ui.js. */
@Component("jsonView")
class JsonView {
    private final ObjectMapper json;

    public JsonView(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        return Json.write(json, value);
    }
}
