package org.specloop.command.specification;

/** One inconsistency in revision content, named by the path of the offending field (e.g. characteristics[1].max). */
public record ContentProblem(String path, String message) {

    @Override
    public String toString() {
        return path + " " + message;
    }
}
