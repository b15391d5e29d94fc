package org.specloop.app.storage;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.ListLimits;
import org.specloop.contracts.common.TextLimits;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/bad-input.md lists every text limit and every list limit with the number the classes enforce, and no other. */
class TextLimitsDocTest {
    private static final Path DOC = Path.of("..", "docs", "bad-input.md").toAbsolutePath().normalize();
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| (\\d+) \\|", Pattern.MULTILINE);

    @Test
    void the_text_limits_table_of_docs_bad_input_md_is_the_limits_class() throws IOException, IllegalAccessException {
        assertThat(documented("## Text limits")).as(DOC.toString()).isEqualTo(constants(TextLimits.class));
    }

    @Test
    void the_list_limits_table_of_docs_bad_input_md_is_the_limits_class() throws IOException, IllegalAccessException {
        assertThat(documented("## List limits")).as(DOC.toString()).isEqualTo(constants(ListLimits.class));
    }

    /** The rows of the table in the section under the heading, up to the next heading of that level. */
    private static Map<String, Integer> documented(String heading) throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("\n" + heading + "\n");
        assertThat(start).as("%s has a section '%s'", DOC, heading).isNotNegative();
        int end = doc.indexOf("\n## ", start + heading.length() + 1);
        Map<String, Integer> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(doc.substring(start, end < 0 ? doc.length() : end));
        while (row.find()) {
            documented.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        return documented;
    }

    private static Map<String, Integer> constants(Class<?> limits) throws IllegalAccessException {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (Field field : limits.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                values.put(field.getName(), field.getInt(null));
            }
        }
        return values;
    }
}
