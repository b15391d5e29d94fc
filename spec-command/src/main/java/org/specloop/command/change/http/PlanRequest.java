package org.specloop.command.change.http;

import java.time.LocalDate;
import java.util.List;

public record PlanRequest(List<Item> items, LocalDate dueDate) {

    public record Item(String itemId, String description, String evidenceType, Integer required) {
    }
}
