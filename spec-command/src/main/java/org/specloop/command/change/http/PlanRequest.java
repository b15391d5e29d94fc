package org.specloop.command.change.http;

import java.time.LocalDate;
import java.util.List;

record PlanRequest(List<Item> items, LocalDate dueDate) {

    record Item(String itemId, String description, String evidenceType, Integer required) {
    }
}
