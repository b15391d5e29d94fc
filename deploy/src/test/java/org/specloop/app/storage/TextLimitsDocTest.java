package org.specloop.app.storage;

import org.junit.jupiter.api.Test;
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

/** docs/bad-input.md lists every text limit with the number TextLimits enforces, and no other. */
class TextLimitsDocTest {
    private static final Path DOC = Path.of("..", "docs", "bad-input.md").toAbsolutePath().normalize();
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| (\\d+) \\|", Pattern.MULTILINE);

    @Test
    void the_table_of_docs_bad_input_md_is_the_limits_class() throws IOException, IllegalAccessException {
        Map<String, Integer> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(DOC));
        while (row.find()) {
            documented.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (Field field : TextLimits.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                limits.put(field.getName(), field.getInt(null));
            }
        }

        assertThat(documented).as(DOC.toString()).isEqualTo(limits);
    }
}
