package org.specloop.app.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests a document shows, read from its ```bash blocks: shell helper definitions such as
 * {@code api() { curl ... "$@"; }}, and every command that calls curl or such a helper against
 * {@code localhost:8080}, joined across continuation lines and quoted bodies that span lines. "expect 409"
 * in the command's trailing comment, or in the comment lines right above it, says which status the
 * document promises; any 2xx is expected otherwise.
 */
final class DocExamples {
    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```bash\\s*$(.*?)^\\s*```\\s*$");
    private static final Pattern HELPER = Pattern.compile("^([a-z][a-z0-9_]*)\\(\\)\\s*\\{.*\\bcurl\\b.*}\\s*$");
    private static final Pattern EXPECT = Pattern.compile("\\bexpect\\s+(\\d{3})\\b");

    /** One documented request: the shell text to run and the status it should answer with (0: any 2xx). */
    record Example(String command, int expectedStatus, int line) {
    }

    record Document(List<String> helpers, List<Example> examples) {
    }

    private DocExamples() {
    }

    static Document read(String markdown) {
        List<String> helpers = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        Matcher block = FENCE.matcher(markdown);
        while (block.find()) {
            int firstLine = lineOf(markdown, block.start(1));
            String[] lines = block.group(1).split("\n", -1);
            String above = "";
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("#")) {
                    above = above + " " + line;
                    continue;
                }
                if (HELPER.matcher(line).matches()) {
                    helpers.add(line);
                    above = "";
                    continue;
                }
                if (!startsARequest(line, helpers)) {
                    above = "";
                    continue;
                }
                int start = i;
                StringBuilder command = new StringBuilder(withoutComment(line));
                String comment = above + " " + commentOf(line);
                above = "";
                // a line ending in a backslash, or a quote left open, continues on the next line
                while ((endsWithBackslash(command) || openQuote(command.toString())) && i + 1 < lines.length) {
                    i++;
                    String next = lines[i].strip();
                    if (endsWithBackslash(command)) {
                        command.setLength(command.length() - 1);
                        command.append(' ').append(withoutComment(next));
                    } else {
                        command.append('\n').append(openQuote(command.toString()) ? next : withoutComment(next));
                    }
                    comment = comment + " " + commentOf(next);
                }
                if (command.indexOf("localhost:8080") < 0) {
                    continue;
                }
                Matcher expect = EXPECT.matcher(comment);
                examples.add(new Example(command.toString().strip(), expect.find() ? Integer.parseInt(expect.group(1)) : 0,
                        firstLine + start));
            }
        }
        return new Document(helpers, examples);
    }

    private static boolean startsARequest(String line, List<String> helpers) {
        String first = line.split("[\\s=]", 2)[0];
        if (line.matches("^[A-Za-z_][A-Za-z0-9_]*=\\$\\(.*")) { // dev=$(curl ...): a request whose answer is kept
            return line.contains("curl") || helpers.stream().anyMatch(h -> line.contains("$(" + name(h) + " "));
        }
        return first.equals("curl") || helpers.stream().anyMatch(h -> name(h).equals(first));
    }

    private static String name(String helper) {
        return helper.substring(0, helper.indexOf('('));
    }

    private static boolean endsWithBackslash(CharSequence command) {
        return command.length() > 0 && command.charAt(command.length() - 1) == '\\';
    }

    /** True when a single quote is left open: the JSON body of -d '{ ... }' goes on. */
    static boolean openQuote(String text) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            }
        }
        return single;
    }

    /** The text before a # that starts a comment (outside quotes, after a blank). */
    static String withoutComment(String line) {
        int at = commentStart(line);
        return (at < 0 ? line : line.substring(0, at)).stripTrailing();
    }

    private static String commentOf(String line) {
        int at = commentStart(line);
        return at < 0 ? "" : line.substring(at);
    }

    private static int commentStart(String line) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
